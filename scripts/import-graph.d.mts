/** A relative import: paths relative to src/. */
export interface ImportEdge {
  readonly from: string;
  readonly to: string;
  readonly typeOnly: boolean;
}
/** A package import: `from` relative to src/, `pkg` the bare specifier (query stripped). */
export interface PackageImport {
  readonly from: string;
  readonly pkg: string;
  readonly typeOnly: boolean;
}
/** A cycle between modules, with the imports that make it. */
export interface FolderCycle {
  readonly folders: string[];
  readonly imports: string[];
}
/** Every relative import of every .ts/.svelte file under `root` (src/ by default). */
export declare function importEdges(root?: string): ImportEdge[];
/** Every package import of every .ts/.svelte file under `root` (src/ by default). */
export declare function packageImports(root?: string): PackageImport[];
/** The module a src/-relative path belongs to ("engine/dlp", "ui/shared", "worker", …). */
export declare function folderOf(path: string): string;
/** Cycles between modules of the given import graph (the real one by default). */
export declare function folderCycles(edges?: readonly { readonly from: string; readonly to: string }[]): FolderCycle[];
