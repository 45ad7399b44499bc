export declare const DEFAULT_FIREFOX: string;
export declare function firefoxPath(): string;
export declare function checkFirefox(): { ok: true; path: string } | { ok: false; path: string; message: string };
export declare function ensureFirefox(): { ok: true; path: string } | { ok: false; path: string; message: string };
