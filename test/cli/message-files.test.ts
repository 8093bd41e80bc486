/** The messages a command line names: mbox splitting, and folders walked in path order. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMbox, splitMbox } from '../../src/cli/mbox.ts';
import { messageFiles, type MessageFile } from '../../src/cli/message-files.ts';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const text = (b: Uint8Array) => Buffer.from(b).toString('latin1');
const MSG = (subject: string, body: string) => `From: a@example.com\nTo: b@example.com\nSubject: ${subject}\n\n${body}\n`;

describe('splitMbox', () => {
  it('when an mbox holds three messages then each comes back without its separator or the blank line after it', () => {
    const mbox = ['one', 'two', 'three'].map((s) => `From a@example.com Mon Jan  1 00:00:00 2024\n${MSG(s, 'hi')}\n`).join('');
    const { preamble, messages } = splitMbox(bytes(mbox));
    expect(preamble).toBe(false);
    expect(messages.map(text)).toEqual([MSG('one', 'hi'), MSG('two', 'hi'), MSG('three', 'hi')]);
  });

  it('when body lines were escaped as >From and >>From then one ">" is taken off each', () => {
    const mbox = `From x Mon Jan  1 00:00:00 2024\n${MSG('esc', '>From here on\n>>From there\n> From quoted')}`;
    expect(text(splitMbox(bytes(mbox)).messages[0]!)).toBe(MSG('esc', 'From here on\n>From there\n> From quoted'));
  });

  it('when lines end in CRLF and bodies hold 8-bit bytes then the bytes come back unchanged', () => {
    const body = 'Caf\xe9 \xff\xfe\r\n';
    const mbox = `From x Mon Jan  1 00:00:00 2024\r\nSubject: a\r\n\r\n${body}\r\nFrom y Mon Jan  1 00:00:00 2024\r\nSubject: b\r\n\r\nx\r\n`;
    expect(splitMbox(bytes(mbox)).messages.map(text)).toEqual([`Subject: a\r\n\r\n${body}`, 'Subject: b\r\n\r\nx\r\n']);
  });

  it('when text comes before the first separator then it is flagged as a preamble', () => {
    expect(splitMbox(bytes(`${MSG('a', 'b')}From x\n${MSG('c', 'd')}`))).toMatchObject({ preamble: true, messages: [expect.anything()] });
  });
});

describe('isMbox', () => {
  it.each([
    ['a .mbox name', 'mail.MBOX', MSG('a', 'b'), true],
    ['a first line "From "', 'mail.eml', `From x\n${MSG('a', 'b')}`, true],
    ['an .eml starting with a From: header', 'mail.eml', MSG('a', 'b'), false],
    ['an .eml whose first line is "From:" without a space after From', 'mail.txt', 'From:a@example.com\n\nx', false],
  ])('when the file is %s then the answer is %s', (_, name, content, expected) => {
    expect(isMbox(name, bytes(content))).toBe(expected);
  });
});

describe('messageFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dlp-files-'));
  const put = (name: string, content: string) => writeFileSync(join(dir, name), content);
  mkdirSync(join(dir, 'in/b'), { recursive: true });
  put('in/b/z.eml', MSG('z', 'z'));
  put('in/a.eml', MSG('a', 'a'));
  put('in/B.eml', MSG('B', 'B'));
  put('in/notes.txt', 'not a message');
  put('in/b/box.mbox', 'never listed: folders give .eml files only');
  put('two.mbox', `From x\n${MSG('1', '1')}\nFrom y\n${MSG('2', '2')}`);
  mkdirSync(join(dir, 'empty'));

  const collect = async (paths: string[]) => {
    const out: MessageFile[] = [];
    for await (const m of messageFiles(paths)) out.push(m);
    return out.map((m) => ({ file: m.file.slice(dir.length + 1), index: m.index, ...('problem' in m ? { problem: m.problem } : {}) }));
  };

  it('when a folder, an mbox and a missing file are named then each message comes in argument order, the folder sorted by path', async () => {
    expect(await collect([join(dir, 'in'), join(dir, 'two.mbox'), join(dir, 'missing.eml'), join(dir, 'empty')])).toEqual([
      { file: 'in/B.eml', index: null },
      { file: 'in/a.eml', index: null },
      { file: 'in/b/z.eml', index: null },
      { file: 'two.mbox', index: 1 },
      { file: 'two.mbox', index: 2 },
      { file: 'missing.eml', index: null, problem: 'no such file' },
      { file: 'empty', index: null, problem: 'the folder holds no .eml files' },
    ]);
  });
});
