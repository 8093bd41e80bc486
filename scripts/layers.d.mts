/** One layer of src/: the other layers it may import, the packages it must not, and why. */
export interface Layer {
  readonly may: readonly string[];
  readonly packages: readonly string[];
  readonly why: string;
}
/** The layer table (see scripts/layers.mjs), keyed by top-level folder of src/ (`main` for src/*.ts). */
export declare const LAYERS: Readonly<Record<string, Layer>>;
/** The top-level folders of src/ that are layers. */
export declare const FOLDERS: readonly string[];
/** The layer of a src/-relative path. */
export declare function layerOf(path: string): string;
/** True when layer `from` may import layer `to`. */
export declare function mayImport(from: string, to: string): boolean;
/** True when layer `from` must not import the package `pkg`. */
export declare function packageForbidden(from: string, pkg: string): boolean;
/** The message for a forbidden import. */
export declare function layerMessage(from: string, what: string): string;
/** The imports that break the table, each with its reason. */
export declare function layerViolations(
  edges: readonly { readonly from: string; readonly to: string }[],
  packages?: readonly { readonly from: string; readonly pkg: string }[],
): string[];
