export declare const DEFAULT_CHROMIUM: string;
export declare function chromiumPath(): string;
export declare function checkChromium(): { ok: true; path: string } | { ok: false; path: string; message: string };
export declare function ensureChromium(): { ok: true; path: string } | { ok: false; path: string; message: string };
export declare const XVFB: { name: string; pkg: string; env: string; exe: string };
export declare const XDOTOOL: { name: string; pkg: string; env: string; exe: string };
