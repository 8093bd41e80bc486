/**
 * The appliance console against the Big List of Naughty Strings: every string typed as a command
 * line gets an answer (an error or output, never an exception) and leaves the session usable; a
 * representative subset given as a commit comment is committed and kept in the history exactly,
 * bar the spaces at its ends the prompt drops.
 */
import { describe, expect, it } from 'vitest';
import { naughtyStrings } from '../helpers/naughty.ts';
import { login, text } from './helpers.ts';

/** One string per category spread, about 50: enough to meet every class without a commit per string of the list. */
const subset = naughtyStrings.filter((_, i) => i % 10 === 0);

describe('naughty strings at the console', () => {
  it('when every string is typed as a command line then each gets an answer and the session still works', async () => {
    const { cli } = await login();
    let answered = 0;
    for (const s of naughtyStrings) {
      const reply = await cli.submit(s);
      // The echo of what was typed comes back as typed; a blank line is just a new prompt.
      if (s.trim() !== '') {
        expect(reply.lines[0], JSON.stringify(s)).toEqual({ kind: 'input', text: `esa1.example.com> ${s}` });
        expect(reply.lines.length, JSON.stringify(s)).toBeGreaterThan(1);
      }
      expect(reply.prompt, JSON.stringify(s)).toBe('esa1.example.com> ');
      answered++;
    }
    expect(answered).toBe(naughtyStrings.length);
    expect(text(await cli.submit('version'))).toContain('Current Version');
  });

  it('when a string is the commit comment then the history keeps it exactly', async () => {
    const { svc, cli } = await login();
    for (const [i, s] of subset.entries()) {
      const { candidate } = await svc.config.view();
      const added = await svc.config.submit(
        'textResources',
        [...candidate.textResources, { name: `Resource ${i}`, type: 'disclaimer', text: 'x' }],
        `Add text resource ${i}`,
      );
      expect(added.ok).toBe(true);
      expect(text(await cli.submit('commit')), JSON.stringify(s)).toContain('Please enter some comments');
      const done = await cli.submit(s);
      expect(text(done), JSON.stringify(s)).toContain('Changes committed');
      const [record] = await svc.config.history();
      expect(record.comment, JSON.stringify(s)).toBe(s.trim());
    }
  });
});
