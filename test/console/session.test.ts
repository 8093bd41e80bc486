/** The session itself: banner, prompt, errors, usage lines, tokenizing, completion, history. */
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/console/commands/index.ts';
import { complete } from '../../src/console/complete.ts';
import { CommandHistory } from '../../src/console/history.ts';
import { promptFor } from '../../src/console/prompt.ts';
import { tokenize } from '../../src/console/tokenize.ts';
import { login, text, type } from './helpers.ts';

describe('logging in', () => {
  it('when a session starts then the banner names the build and model, warns about idle sessions, and says honestly that changes are kept', async () => {
    const { banner } = await login();
    const t = text(banner);
    expect(t).toContain('AsyncOS 14.0.0 for Cisco C100V build 657');
    expect(t).toContain('Welcome to the Cisco C100V Email Security Virtual Appliance');
    expect(t).toContain('Any uncommitted configuration changes will be lost');
    expect(banner.lines.find((l) => l.kind === 'note')?.text).toMatch(/never expire.*kept/);
    expect(banner.prompt).toBe('esa1.example.com> ');
  });

  it('when a cluster mode is given then the prompt carries it', () => {
    expect(promptFor('esa1.example.com')).toBe('esa1.example.com> ');
    expect(promptFor('esa1.example.com', { level: 'machine' })).toBe('(Machine esa1.example.com)> ');
    expect(promptFor('esa1.example.com', { level: 'cluster', name: 'Prod' })).toBe('(Cluster Prod)> ');
    expect(promptFor('esa1.example.com', { level: 'group', name: 'Edge' })).toBe('(Group Edge)> ');
  });
});

describe('reading commands', () => {
  it('when the command is unknown then the appliance error names it', async () => {
    const { cli } = await login();
    const r = await cli.submit('foo bar');
    expect(r.lines[0]).toEqual({ kind: 'input', text: 'esa1.example.com> foo bar' });
    expect(r.lines[1]).toEqual({ kind: 'error', text: 'Unknown command or missing feature key: foo' });
    expect(r.prompt).toBe('esa1.example.com> ');
  });

  it.each([
    ['version now', 'Usage: version'],
    ['dlpupdate quickly', 'Usage: dlpupdate [force]'],
    ['dlpstatus -v', 'Usage: dlpstatus'],
    ['encryptionconfig frobnicate', 'Usage: encryptionconfig [setup | profiles | print | provision <profile>]'],
    ['encryptionconfig provision', 'Usage: encryptionconfig [setup | profiles | print | provision <profile>]'],
    ['quarantineconfig x', 'Usage: quarantineconfig'],
    ['commit now', 'Usage: commit'],
    ['help a b', 'Usage: help [command]'],
  ])('when "%s" has bad arguments then it prints the usage line', async (line, usage) => {
    const { cli } = await login();
    const r = await cli.submit(line);
    expect(r.lines.filter((l) => l.kind === 'error').map((l) => l.text)).toEqual([usage]);
  });

  it('when a line is blank then only the prompt comes back', async () => {
    const { cli } = await login();
    const r = await cli.submit('   ');
    expect(r.lines).toEqual([{ kind: 'input', text: 'esa1.example.com>    ' }]);
  });

  it('when commands are typed in capitals then they still run', async () => {
    const { cli } = await login();
    expect(text(await cli.submit('VERSION'))).toContain('Serial #:');
  });

  it('when help is asked then every command is listed with one line, and help <command> gives its usage', async () => {
    const { cli } = await login();
    const all = text(await cli.submit('help'));
    for (const c of commands) expect(all).toMatch(new RegExp(`^${c.name}\\s+${c.summary.replace(/[.()]/g, '\\$&')}$`, 'm'));
    const one = text(await cli.submit('help dlpupdate'));
    expect(one).toContain('Usage: dlpupdate [force]');
    expect(text(await cli.submit('? commit'))).toContain('Usage: commit');
    expect(text(await cli.submit('help nosuch'))).toContain('No help is available for "nosuch"');
  });

  it('when quit is typed then the session closes, and Enter logs in again', async () => {
    const { cli } = await login();
    const r = await cli.submit('exit');
    expect(text(r)).toContain('Connection to esa1.example.com closed.');
    expect(r.prompt).toBe('');
    expect(cli.isConnected).toBe(false);
    const again = await cli.submit('');
    expect(text(again)).toContain('AsyncOS 14.0.0 for Cisco C100V build 657');
    expect(again.prompt).toBe('esa1.example.com> ');
  });

  it('when Ctrl+C is pressed at a question then the question is abandoned', async () => {
    const { svc, cli } = await login();
    await cli.submit('encryptionconfig');
    expect(cli.prompt).toBe('[]> ');
    const r = cli.interrupt('set');
    expect(r.lines[0].text).toBe('[]> set^C');
    expect(r.prompt).toBe('esa1.example.com> ');
    expect((await svc.config.view()).pending).toHaveLength(0);
  });
});

describe('tokenizing', () => {
  it.each([
    ['  a  b ', ['a', 'b']],
    ['provision "My Profile"', ['provision', 'My Profile']],
    ["say 'it''s'", ['say', 'its']],
    ['a\\ b c', ['a b', 'c']],
    ['x ""', ['x', '']],
  ])('when the line is %j then the words are %j', (line, words) => {
    expect(tokenize(line)).toEqual({ ok: true, words });
  });

  it('when a quote is left open then it is an error, not a guess', async () => {
    expect(tokenize('provision "CRES').ok).toBe(false);
    const { cli } = await login();
    expect((await cli.submit('encryptionconfig provision "CRES')).lines[1].kind).toBe('error');
  });
});

describe('completing with Tab', () => {
  it('when one command matches then it completes with a space', () => {
    expect(complete('vers', commands)).toEqual({ input: 'version ', candidates: [] });
  });

  it('when several match then it extends to the common prefix and lists them', () => {
    expect(complete('dlp', commands)).toEqual({ input: 'dlp', candidates: ['dlprollback', 'dlpstatus', 'dlpupdate'] });
    expect(complete('encr', commands)).toEqual({
      input: 'encryption',
      candidates: ['encryptionconfig', 'encryptionstatus', 'encryptionupdate'],
    });
  });

  it('when a subcommand is typed then it completes from the command’s words', () => {
    expect(complete('encryptionconfig se', commands).input).toBe('encryptionconfig setup ');
    expect(complete('encryptionconfig pr', commands)).toEqual({
      input: 'encryptionconfig pr',
      candidates: ['print', 'profiles', 'provision'],
    });
    expect(complete('version x', commands)).toEqual({ input: 'version x', candidates: [] });
  });

  it('when the session completes an ambiguous word then it echoes the line and lists the candidates', async () => {
    const { cli } = await login();
    const r = cli.complete('dlp');
    expect(r.input).toBe('dlp');
    expect(r.lines.map((l) => l.text)).toEqual(['esa1.example.com> dlp', 'dlprollback  dlpstatus  dlpupdate']);
  });
});

describe('history', () => {
  it('when walking up and down then entries come back in order and the draft is restored', () => {
    const h = new CommandHistory();
    h.add('version');
    h.add('version');
    h.add('commit');
    h.add('  ');
    expect(h.previous('dra')).toBe('commit');
    expect(h.previous('ignored')).toBe('version');
    expect(h.previous('ignored')).toBeNull();
    expect(h.next()).toBe('commit');
    expect(h.next()).toBe('dra');
    expect(h.next()).toBeNull();
    expect(h.list()).toEqual(['version', 'commit']);
  });

  it('when answering a question then the session says it is not at the command prompt', async () => {
    const { cli } = await login();
    expect(cli.atCommandPrompt).toBe(true);
    await type(cli, 'encryptionconfig setup');
    expect(cli.atCommandPrompt).toBe(false);
  });
});
