/** Builds the scanner's WebAssembly module when its source changed; true when it wrote a new one. */
export declare function buildWasm(): Promise<boolean>;
