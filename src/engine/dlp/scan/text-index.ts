/**
 * The single pass over a text. It records what the classifiers need: every alphanumeric token that
 * contains a digit (with the separator linking it to the next such token), every keyword hit, and
 * the few punctuation triggers (`@` for email addresses, `:` next to hex digits for IPv6).
 * Classifiers then look only at these, never at the whole text with their own regular expressions.
 *
 * Two implementations give the same index: the WebAssembly scanner (text-index-wasm.ts), used
 * whenever WebAssembly with SIMD is available, and the plain TypeScript one (text-index-js.ts),
 * the reference the tests compare it with and the fallback.
 */
import type { KeywordTable } from './keywords.ts';
import { indexTextJs } from './text-index-js.ts';
import { indexTextWasm } from './text-index-wasm.ts';

export { SEP_NONE, SEP_SPACE, SEP_DASH, SEP_DOT, SEP_SLASH, sepName, type TextIndex } from './index-model.ts';
import type { TextIndex } from './index-model.ts';

/**
 * Runs the pass over text[from, to) (the whole text by default). Offsets in the index are offsets
 * in `text`; a range is meant to start and end where no token, keyword or number chain crosses
 * (see blocks.ts).
 *
 * The index is valid until the next pass: its arrays may be views of the WebAssembly scanner's
 * memory, which the next pass reuses (copying them out cost a scan about 5 %). A scan makes a
 * block's findings from its index before it indexes the next block.
 */
export function indexText(text: string, keywords: KeywordTable, from = 0, to = text.length): TextIndex {
  return indexTextWasm(text, keywords, from, to) ?? indexTextJs(text, keywords, from, to);
}
