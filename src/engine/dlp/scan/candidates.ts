/**
 * The candidates one classifier finds in one block, as parallel arrays reused from one classifier
 * to the next: finding a candidate makes no object, and a scan makes no list per classifier.
 */
import type { CandidateSink } from '../classifiers/types.ts';

/**
 * `needsContext` codes: beside any of its words (or supporting information); beside its own words;
 * beside its words or another value of its kind written in its kind's own layout.
 */
export const NEEDS_WORDS = 1;
export const NEEDS_OWN_WORDS = 2;
export const NEEDS_WORDS_OR_KIN = 3;

/** The columns of a list of candidates. */
interface Columns {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly base: Float64Array;
  readonly needsContext: Uint8Array;
  readonly pattern: readonly string[];
  readonly validation: readonly string[];
}

export class CandidateList implements CandidateSink, Columns {
  length = 0;
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  base = new Float64Array(1024);
  needsContext = new Uint8Array(1024);
  pattern: string[] = [];
  validation: string[] = [];

  add(start: number, end: number, base: number, pattern: string, validation: string, needsContext: boolean | 'own' | 'kin' = false): void {
    const n = this.length;
    if (n === this.start.length) this.grow();
    this.start[n] = start;
    this.end[n] = end;
    this.base[n] = base;
    this.needsContext[n] =
      needsContext === 'own' ? NEEDS_OWN_WORDS : needsContext === 'kin' ? NEEDS_WORDS_OR_KIN : needsContext ? NEEDS_WORDS : 0;
    this.pattern[n] = pattern;
    this.validation[n] = validation;
    this.length = n + 1;
  }

  /** Empties the list. */
  clear(): void {
    this.length = 0;
  }

  /**
   * Puts the candidates in text order (by start, then the longer first, then the stronger first;
   * candidates alike keep the order they were found in) and drops each that overlaps the one kept
   * before it, keeping the longer of the two.
   */
  dedupe(): void {
    const { start, end, base } = this;
    // Most classifiers find in text order already: reorder only when they did not.
    for (let i = 1; i < this.length; i++) {
      if (
        start[i - 1] > start[i] ||
        (start[i - 1] === start[i] && (end[i - 1] < end[i] || (end[i - 1] === end[i] && base[i - 1] < base[i])))
      ) {
        this.reorder();
        break;
      }
    }
    let n = 0;
    for (let i = 0; i < this.length; i++) {
      if (n > 0 && start[i] < end[n - 1]) {
        if (end[i] - start[i] > end[n - 1] - start[n - 1]) this.move(i, n - 1);
        continue;
      }
      this.move(i, n++);
    }
    this.length = n;
  }

  /** Candidate `from` of `src` (this list, or a copy of it) becomes candidate `to`. */
  private copy(src: Columns, from: number, to: number): void {
    this.start[to] = src.start[from];
    this.end[to] = src.end[from];
    this.base[to] = src.base[from];
    this.needsContext[to] = src.needsContext[from];
    this.pattern[to] = src.pattern[from];
    this.validation[to] = src.validation[from];
  }

  private move(from: number, to: number): void {
    if (from !== to) this.copy(this, from, to);
  }

  private reorder(): void {
    const n = this.length;
    const { start, end, base } = this;
    const order = Array.from({ length: n }, (_, i) => i).sort(
      (a, b) => start[a] - start[b] || end[b] - end[a] || base[b] - base[a] || a - b,
    );
    const was: Columns = {
      start: start.slice(0, n),
      end: end.slice(0, n),
      base: base.slice(0, n),
      needsContext: this.needsContext.slice(0, n),
      pattern: this.pattern.slice(0, n),
      validation: this.validation.slice(0, n),
    };
    order.forEach((from, to) => this.copy(was, from, to));
  }

  private grow(): void {
    const size = this.start.length * 2;
    const start = new Int32Array(size);
    const end = new Int32Array(size);
    const base = new Float64Array(size);
    const needsContext = new Uint8Array(size);
    start.set(this.start);
    end.set(this.end);
    base.set(this.base);
    needsContext.set(this.needsContext);
    Object.assign(this, { start, end, base, needsContext });
  }
}
