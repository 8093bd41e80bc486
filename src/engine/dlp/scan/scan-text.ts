/**
 * scanText: the built-in classifiers over one text, as one readable pipeline —
 * index (one pass) → find validated candidates → context and supporting information → dedupe →
 * score → weak shapes give way to checksum-validated ones on the same span. Long texts go
 * through the pipeline block by block (blocks.ts) with the same result as one whole-text pass.
 * A text with Unicode evasion (look-alike or invisible characters, spaced-out digits) is scanned
 * normalised (normalise.ts) and its findings placed back in the original (obfuscated.ts).
 */
import type { Finding } from '../types.ts';
import { registry, type CompiledClassifier, type Registry } from '../classifiers/registry.ts';
import { indexText } from './text-index.ts';
import { DEFAULT_SIZES, mergeBlocks, planBlocks, REACH, type Block, type BlockSizes } from './blocks.ts';
import { contextDistance, patternFindings, termFindings } from './findings.ts';
import { normaliseForScan } from './normalise.ts';
import { mapFindings } from './obfuscated.ts';
import { shapeSet, tokensOfShape } from './chain-shapes.ts';
import { SEP_DOT, SEP_SPACE } from './index-model.ts';

/** Options of scanText. */
export interface ScanOptions {
  /** Classifier ids to run (default: all built-ins). Unknown ids are ignored. */
  readonly classifiers?: readonly string[];
  /**
   * Each classifier's findings exactly as a scan for it alone gives them (no one-type-per-value,
   * no weak shapes giving way): one pass serving several classifiers that are judged separately.
   */
  readonly independent?: boolean;
}

/** Runs the built-in classifiers over a text; every validated candidate is returned with its score. */
export function scanText(text: string, options: ScanOptions = {}): Finding[] {
  let normalised = normaliseForScan(text, false);
  if (normalised.map === null) {
    sawSpacedDigits = false;
    const found = scanInBlocks(text, options, DEFAULT_SIZES);
    // The index pass saw single digits chained by spaces or dots: maybe a value spaced out to evade detection.
    if (!sawSpacedDigits || (normalised = normaliseForScan(text)).map === null) return found;
  }
  return mapFindings(text, normalised, scanInBlocks(normalised.text, options, DEFAULT_SIZES));
}

/** Four or more single digits chained by spaces or dots (a spaced-out group): listed by the index pass at no cost. */
const SPACED_DIGITS = shapeSet(
  (digits, chain, sep, next) => digits === 1 && chain >= 4 && next === 1 && (sep === SEP_SPACE || sep === SEP_DOT),
);
/** Set by scanBlock when an index has SPACED_DIGITS tokens. */
let sawSpacedDigits = false;

/** scanText with explicit block sizes (tests use small blocks to put findings across boundaries). */
export function scanInBlocks(text: string, options: ScanOptions, sizes: BlockSizes): Finding[] {
  const reg = registry();
  const selected = options.classifiers
    ? options.classifiers.map((id) => reg.byId.get(id)).filter((c): c is CompiledClassifier => !!c)
    : reg.all;
  if (selected.length === 0 || text.length === 0) return [];
  const terms = selected.filter((c) => c.def.terms);
  const patterns = selected.filter((c) => !c.def.terms);
  const blocks = planBlocks(text, sizes);
  const perBlock: Finding[][] = [];
  let total = 0;
  for (let b = 0; b < blocks.length; b++) {
    let block = blocks[b];
    let found = scanBlock(text, reg, terms, patterns, block, !!options.independent);
    // A finding this long may depend on text past the range: scan it again with the next block.
    while (b + 1 < blocks.length && found.some((f) => f.end > block.to - REACH)) {
      block = mergeBlocks(block, blocks[++b]);
      found = scanBlock(text, reg, terms, patterns, block, !!options.independent);
    }
    perBlock.push(found);
    total += found.length;
  }
  if (perBlock.length === 1) return perBlock[0];
  // Blocks are in text order and each result is sorted, so concatenation keeps the order.
  const out = new Array<Finding>(total);
  let k = 0;
  for (const found of perBlock) for (let i = 0; i < found.length; i++) out[k++] = found[i];
  return out;
}

function scanBlock(
  text: string,
  reg: Registry,
  terms: readonly CompiledClassifier[],
  patterns: readonly CompiledClassifier[],
  block: Block,
  independent: boolean,
): Finding[] {
  const ix = indexText(text, reg.keywords, block.from, block.to);
  const spaced = tokensOfShape(ix, SPACED_DIGITS);
  if (spaced.to > spaced.from) sawSpacedDigits = true;
  // One run of findings per classifier, each in text order; the term hits are sorted first.
  const runs: Finding[][] = [];
  const weak: Finding[][] = [];
  if (terms.length) {
    const found: Finding[] = [];
    termFindings(terms, ix, block.own, block.ownEnd, found);
    runs.push(found.sort(inTextOrder));
  }
  // The spans checksum classifiers found, for the weak shapes to give way to.
  let validated: Set<number> | null = null;
  for (const c of patterns) {
    const found: Finding[] = [];
    patternFindings(c, ix, block.own, block.ownEnd, found);
    if (c.def.weak) weak.push(found);
    else if (c.def.checksum) for (const f of found) (validated ??= new Set()).add(spanKey(f));
    runs.push(found);
  }
  if (validated && !independent) for (const found of weak) yieldWeakShapes(found, validated);
  const merged = mergeRuns(runs);
  return patterns.length > 1 && !independent ? oneTypePerValue(merged, reg) : merged;
}

/** Findings that take no part in one-type-per-value: word classifiers' terms and containers (track data). */
function apart(reg: Registry, f: Finding): boolean {
  const def = reg.byId.get(f.classifier)?.def;
  return !def || !!def.terms || !!def.container;
}

/** Below this score a finding is a bare shape (scoring gives context or support at least this). */
const BARE_SHAPE = 5;

/**
 * One value, one type: where findings of several pattern classifiers overlap (a 9-digit number
 * read as a routing number, a bank account and an SSN), the one with the strongest evidence
 * stays — its own context words, then a checksum, then the nearer context word, then supporting
 * information, then its score, then the longer span. A bare shape with nothing for it (nine digits that could be a
 * passport, a licence or an account number: base score under 5, no context, no supporting
 * information) names no type at all and is left out; a scan for that one classifier still
 * reports it, scored as the lone shape it is.
 */
function oneTypePerValue(findings: Finding[], reg: Registry): Finding[] {
  let drop: Uint8Array | null = null;
  let groupFrom = -1;
  let groupEnd = -1;
  let size = 0;
  const settle = (to: number) => {
    if (size < 2) return;
    drop ??= new Uint8Array(findings.length);
    settleGroup(findings, reg, groupFrom, to, drop);
  };
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (apart(reg, f)) continue;
    if (f.score < BARE_SHAPE) {
      drop ??= new Uint8Array(findings.length);
      drop[i] = 1;
      continue;
    }
    if (f.start >= groupEnd) {
      settle(i);
      groupFrom = i;
      groupEnd = f.end;
      size = 1;
    } else {
      groupEnd = Math.max(groupEnd, f.end);
      size++;
    }
  }
  settle(findings.length);
  if (drop === null) return findings;
  const kept = drop;
  return findings.filter((_, i) => kept[i] === 0);
}

/**
 * Which of two findings on one value has the stronger evidence (negative: a): context words,
 * a checksum, the nearer context word, supporting information, the score, the longer span.
 */
function stronger(a: Finding, b: Finding, reg: Registry): number {
  const ca = a.explanation.contextWords.length > 0 ? 1 : 0;
  const cb = b.explanation.contextWords.length > 0 ? 1 : 0;
  if (ca !== cb) return cb - ca;
  const ka = reg.byId.get(a.classifier)?.def.checksum ? 1 : 0;
  const kb = reg.byId.get(b.classifier)?.def.checksum ? 1 : 0;
  if (ka !== kb) return kb - ka;
  if (ca === 1) {
    const d = (contextDistance.get(a) ?? 0) - (contextDistance.get(b) ?? 0);
    if (d !== 0) return d;
  }
  const sa = a.explanation.supporting.length > 0 ? 1 : 0;
  const sb = b.explanation.supporting.length > 0 ? 1 : 0;
  if (sa !== sb) return sb - sa;
  return b.score - a.score || b.end - b.start - (a.end - a.start);
}

function settleGroup(findings: Finding[], reg: Registry, from: number, to: number, drop: Uint8Array): void {
  let best = -1;
  for (let i = from; i < to; i++) {
    if (apart(reg, findings[i])) continue;
    if (best < 0 || stronger(findings[i], findings[best], reg) < 0) best = i;
  }
  for (let i = from; i < to; i++) if (i !== best && !apart(reg, findings[i])) drop[i] = 1;
}

/** Findings by start, then end, then classifier id. */
function inTextOrder(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.classifier === b.classifier ? 0 : a.classifier < b.classifier ? -1 : 1);
}

/**
 * Runs in text order merged pairwise into one, as a stable sort of them one after the other
 * would order them (on a tie the earlier run's finding comes first), with the comparison inlined.
 */
function mergeRuns(runs: Finding[][]): Finding[] {
  while (runs.length > 1) {
    const next: Finding[][] = [];
    for (let i = 0; i + 1 < runs.length; i += 2) next.push(mergeTwo(runs[i], runs[i + 1]));
    if (runs.length % 2 === 1) next.push(runs[runs.length - 1]);
    runs = next;
  }
  return runs.length ? runs[0] : [];
}

function mergeTwo(a: Finding[], b: Finding[]): Finding[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  // Made at its full length: growing it push by push costs a copy at every doubling.
  const out = new Array<Finding>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = inTextOrder(b[j], a[i]) < 0 ? b[j++] : a[i++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/**
 * A number for a span: exact for spans under 63 characters (every weak shape), and a longer span
 * never equals a shorter one's. A small integer for starts below 2^24.
 */
const spanKey = (f: Finding): number => f.start * 64 + Math.min(63, f.end - f.start);

/** A weak shape (any 9 digits as a passport) without context gives way to a checksum-validated finding on the same span. */
function yieldWeakShapes(findings: Finding[], validated: ReadonlySet<number>): void {
  let n = 0;
  for (const f of findings) if (!(f.score === f.explanation.baseScore && validated.has(spanKey(f)))) findings[n++] = f;
  findings.length = n;
}
