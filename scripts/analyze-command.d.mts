export function analyzeArgs(root?: string): string[];
