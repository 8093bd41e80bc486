/** Flags that keep headless Chromium quiet on a machine without network. */
export declare const chromiumFlags: string[];
/** The Chromium executable, or null when none is installed. */
export declare function chromiumExecutable(): string | null;
