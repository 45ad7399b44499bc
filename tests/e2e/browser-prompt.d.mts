/** Types for browser-prompt.mjs. */
export declare function promptToolsMissing(): string | null;
export declare function startXvfb(): Promise<{ display: string; stop(): void }>;
export declare function answerPrompt(display: string, answer: 'allow' | 'deny'): Promise<void>;
