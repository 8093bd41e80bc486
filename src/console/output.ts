/**
 * Building output and questions in the appliance's style: `[default]> ` prompts, inline yes/no
 * questions, numbered choices and aligned columns. Questions re-ask on an invalid answer, as the
 * appliance does, instead of failing the command.
 */
import type { CliLine, Question, Step } from './types.ts';

/** Collects the lines printed until the next prompt. */
export class Out {
  readonly lines: CliLine[] = [];

  /** A line of appliance output (several when the text has line breaks). */
  line(text = ''): this {
    for (const t of text.split('\n')) this.lines.push({ kind: 'output', text: t });
    return this;
  }

  error(text: string): this {
    this.lines.push({ kind: 'error', text });
    return this;
  }

  /** The simulator speaking, not the appliance: shown muted. */
  note(text: string): this {
    this.lines.push({ kind: 'note', text });
    return this;
  }

  /** Finishes: back to the command prompt. */
  done(): Step {
    return { lines: this.lines };
  }

  /** Waits for an answer on `prompt`; `answer` gets the text and a fresh Out for what follows. */
  ask(prompt: string, answer: (text: string, out: Out) => Promise<Step>): Step {
    const question: Question = { prompt, answer: (text) => answer(text, new Out()) };
    return { lines: this.lines, ask: question };
  }
}

/** What a flow does once it has finished, with the Out to continue printing into. */
export type After = (out: Out) => Promise<Step>;

/** The default continuation: back to the command prompt. */
export const toPrompt: After = async (out) => out.done();

/** `Question? [Y]> `: Y/N (yes/no), Enter takes the default; anything else asks again. */
export function yesNo(out: Out, question: string, byDefault: boolean | null, then: (yes: boolean, out: Out) => Promise<Step>): Step {
  const shown = byDefault === null ? '' : byDefault ? 'Y' : 'N';
  const ask = (o: Out): Step =>
    o.ask(`${question} [${shown}]> `, async (text, next) => {
      const t = text.trim().toLowerCase();
      if (t === '' && byDefault !== null) return then(byDefault, next);
      if (t === 'y' || t === 'yes') return then(true, next);
      if (t === 'n' || t === 'no') return then(false, next);
      next.error('Please answer Y or N.');
      return ask(next);
    });
  return ask(out);
}

/**
 * A value on a `[default]> ` line after the question text. `check` returns an error sentence or
 * null; Enter takes the default.
 */
export function askValue(
  out: Out,
  question: string,
  byDefault: string,
  check: (value: string) => string | null,
  then: (value: string, out: Out) => Promise<Step>,
): Step {
  const ask = (o: Out): Step => {
    o.line().line(question);
    return o.ask(`[${byDefault}]> `, async (text, next) => {
      const value = text.trim() === '' ? byDefault : text.trim();
      const problem = check(value);
      if (!problem) return then(value, next);
      next.error(problem);
      return ask(next);
    });
  };
  return ask(out);
}

/** A numbered list to choose from by number or name; Enter with no default goes back (`null`). */
export function choose(
  out: Out,
  heading: string,
  items: readonly { name: string; label: string }[],
  then: (name: string | null, out: Out) => Promise<Step>,
): Step {
  const ask = (o: Out): Step => {
    o.line().line(heading);
    items.forEach((item, i) => o.line(`${i + 1}. ${item.label}`));
    return o.ask('[]> ', async (text, next) => {
      const t = text.trim();
      if (t === '') return then(null, next);
      const byNumber = /^\d+$/.test(t) ? items[Number(t) - 1] : undefined;
      const chosen = byNumber ?? items.find((item) => item.name.toLowerCase() === t.toLowerCase());
      if (chosen) return then(chosen.name, next);
      next.error(`Please enter a number from 1 to ${items.length}, or a name from the list.`);
      return ask(next);
    });
  };
  return ask(out);
}

/** An operation menu: `- NAME - what it does` lines and `[]> `; Enter leaves the menu. */
export function menu(
  out: Out,
  operations: readonly (readonly [string, string])[],
  then: (operation: string | null, out: Out) => Promise<Step>,
): Step {
  const ask = (o: Out): Step => {
    o.line().line('Choose the operation you want to perform:');
    for (const [name, what] of operations) o.line(`- ${name} - ${what}`);
    return o.ask('[]> ', async (text, next) => {
      const t = text.trim().toUpperCase();
      if (t === '') return then(null, next);
      const found = operations.find(([name]) => name === t);
      if (found) return then(found[0], next);
      next.error(`Unknown operation: ${text.trim()}`);
      return ask(next);
    });
  };
  return ask(out);
}

/** Columns padded to the widest cell, two spaces apart, as the appliance prints its tables. */
export function columns(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd(),
  );
}
