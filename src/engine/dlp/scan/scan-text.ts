/**
 * scanText: the built-in classifiers over one text, as one readable pipeline —
 * index (one pass) → find validated candidates → context and supporting information → dedupe →
 * score → weak shapes give way to checksum-validated ones on the same span. Long texts go
 * through the pipeline block by block (blocks.ts) with the same result as one whole-text pass.
 */
import type { Finding } from '../types.ts';
import { registry, type CompiledClassifier, type Registry } from '../classifiers/registry.ts';
import { indexText } from './text-index.ts';
import { DEFAULT_SIZES, mergeBlocks, planBlocks, REACH, type Block, type BlockSizes } from './blocks.ts';
import { patternFindings, termFindings } from './findings.ts';

/** Options of scanText. */
export interface ScanOptions {
  /** Classifier ids to run (default: all built-ins). Unknown ids are ignored. */
  readonly classifiers?: readonly string[];
}

/** Runs the built-in classifiers over a text; every validated candidate is returned with its score. */
export function scanText(text: string, options: ScanOptions = {}): Finding[] {
  return scanInBlocks(text, options, DEFAULT_SIZES);
}

/** scanText with explicit block sizes (tests use small blocks to put findings across boundaries). */
export function scanInBlocks(text: string, options: ScanOptions, sizes: BlockSizes): Finding[] {
  const reg = registry();
  const selected = options.classifiers ? options.classifiers.map((id) => reg.byId.get(id)).filter((c): c is CompiledClassifier => !!c) : reg.all;
  if (selected.length === 0 || text.length === 0) return [];
  const terms = selected.filter((c) => c.def.terms);
  const patterns = selected.filter((c) => !c.def.terms);
  const blocks = planBlocks(text, sizes);
  const out: Finding[] = [];
  for (let b = 0; b < blocks.length; b++) {
    let block = blocks[b];
    let found = scanBlock(text, reg, terms, patterns, block);
    // A finding this long may depend on text past the range: scan it again with the next block.
    while (b + 1 < blocks.length && found.some((f) => f.end > block.to - REACH)) {
      block = mergeBlocks(block, blocks[++b]);
      found = scanBlock(text, reg, terms, patterns, block);
    }
    // Blocks are in text order and each result is sorted, so concatenation keeps the order.
    for (const f of found) out.push(f);
  }
  return out;
}

function scanBlock(text: string, reg: Registry, terms: readonly CompiledClassifier[], patterns: readonly CompiledClassifier[], block: Block): Finding[] {
  const ix = indexText(text, reg.keywords, block.from, block.to);
  const findings: Finding[] = [];
  if (terms.length) termFindings(terms, ix, block.own, block.ownEnd, findings);
  // Where each weak classifier's findings are, and the spans checksum classifiers found.
  const weak: number[] = [];
  let validated: Set<number> | null = null;
  for (const c of patterns) {
    const from = findings.length;
    patternFindings(c, ix, block.own, block.ownEnd, findings);
    if (c.def.weak) weak.push(from, findings.length);
    else if (c.def.checksum) for (let i = from; i < findings.length; i++) (validated ??= new Set()).add(spanKey(findings[i]));
  }
  return (validated ? yieldWeakShapes(findings, weak, validated) : findings).sort(inTextOrder);
}

/** Findings by start, then end, then classifier id. */
function inTextOrder(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.classifier === b.classifier ? 0 : a.classifier < b.classifier ? -1 : 1);
}

/**
 * A number for a span: exact for spans under 63 characters (every weak shape), and a longer span
 * never equals a shorter one's. A small integer for starts below 2^24.
 */
const spanKey = (f: Finding): number => f.start * 64 + Math.min(63, f.end - f.start);

/**
 * A weak shape (any 9 digits as a passport) without context gives way to a checksum-validated
 * finding on the same span. `weak` holds [from, to) index ranges of the weak classifiers' findings.
 */
function yieldWeakShapes(findings: Finding[], weak: readonly number[], validated: ReadonlySet<number>): Finding[] {
  let n = 0;
  let r = 0;
  for (let i = 0; i < findings.length; i++) {
    while (r < weak.length && i >= weak[r + 1]) r += 2;
    const f = findings[i];
    if (r < weak.length && i >= weak[r] && f.score === f.explanation.baseScore && validated.has(spanKey(f))) continue;
    findings[n++] = f;
  }
  findings.length = n;
  return findings;
}
