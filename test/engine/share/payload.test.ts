/**
 * Share-link payloads: what goes in comes out (a configuration, a scenario and lesson); a link of
 * another format, damaged, cut short, garbage or oversized is refused at its stage with a specific
 * message; what a link carries is then checked like an import file.
 */
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/engine/config/defaults.ts';
import { exportConfig, parseConfigImport } from '../../../src/engine/config/export-import.ts';
import { toBase64, utf8 } from '../../../src/engine/encryption/bytes.ts';
import type { ErrorCode } from '../../../src/engine/errors.ts';
import {
  decodeShare,
  encodeShare,
  MAX_SHARE_CHARS,
  MAX_SHARE_JSON_BYTES,
  sharedConfigText,
  type SharedState,
} from '../../../src/engine/share/payload.ts';

const AT = Date.UTC(2026, 0, 12, 9);
const configured = () => {
  const c = defaultConfig();
  c.dlp = { ...c.dlp, enabled: true, licenseAccepted: true, matchedContentLogging: true };
  c.appliance.hostname = 'esa-demo.example.com';
  return c;
};
const shared: SharedState = { kind: 'config', export: exportConfig(configured(), '0.1.0', AT) };
const payload = encodeShare(shared);

/** A payload of any bytes, compressed and encoded as the simulator writes them. */
const raw = (bytes: Uint8Array, format = '1') =>
  `${format}.${toBase64(zlibSync(bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
const of = (text: string) => raw(utf8(text));

function refused(p: string): { code: ErrorCode; message: string; issues?: readonly { path: string }[] } {
  const r = decodeShare(p);
  if (r.ok) throw new Error(`expected ${p.slice(0, 40)}… to be refused`);
  return r.error;
}

describe('round trip', () => {
  it('when a configuration is shared then the link opens to the same export, which imports as the same configuration', () => {
    expect(payload).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    const r = decodeShare(payload);
    expect(r).toEqual({ ok: true, value: shared });
    const imported = r.ok && r.value.kind === 'config' ? parseConfigImport(sharedConfigText(r.value)) : null;
    expect(imported?.ok && imported.value.config).toEqual(configured());
  });

  it('when a scenario and lesson are shared then both come back; a scenario alone has a null lesson', () => {
    for (const state of [
      { kind: 'scenario', scenario: 'healthcare-hipaa', lesson: 'enable-dlp' },
      { kind: 'scenario', scenario: 'factory-default', lesson: null },
    ] as const) {
      expect(decodeShare(encodeShare(state))).toEqual({ ok: true, value: state });
    }
  });

  it('when the factory default is shared then the payload stays well under two kilobytes', () => {
    expect(encodeShare({ kind: 'config', export: exportConfig(defaultConfig(), '0.1.0', AT) }).length).toBeLessThan(2048);
  });
});

describe('refused links say why', () => {
  it('when the format number is another one then it names both formats', () => {
    const e = refused(`2${payload.slice(1)}`);
    expect(e.code).toBe('share.unknown-version');
    expect(e.message).toMatch(/format 2; this simulator reads format 1/);
  });

  it.each([
    ['', 'share.empty'],
    ['hello', 'share.damaged'],
    ['1.', 'share.damaged'],
    ['1.AAAA', 'share.damaged'],
    ['1.abc%def', 'share.damaged'],
    ['1.abc def', 'share.damaged'],
    ['1.abc+def', 'share.damaged'],
    ['1.A', 'share.damaged'],
    [`1.${'QUJD'.repeat(20)}`, 'share.damaged'],
  ] as const)('when the payload is garbage (%j) then it is refused as %s', (p, code) => {
    expect(refused(p).code).toBe(code);
  });

  it('when a character is not in the alphabet then it is named with its position', () => {
    expect(refused('1.eNq%41').message).toMatch(/contains “%” \(character 6\)/);
  });

  it('when any character of the data is changed then the link is refused as damaged, never opened to other contents', () => {
    let unchanged = 0;
    for (let i = 2; i < payload.length; i++) {
      const r = decodeShare(`${payload.slice(0, i)}${payload[i] === 'A' ? 'B' : 'A'}${payload.slice(i + 1)}`);
      // Bits that carry nothing (the deflate stream's last padding bits, base64's last unused bits) may change and decode the same.
      if (r.ok) expect(r.value, `character ${i + 1}`).toEqual(shared);
      else expect(r.error.code, `character ${i + 1}`).toBe('share.damaged');
      if (r.ok) unchanged++;
    }
    expect(unchanged).toBeLessThanOrEqual(2);
  });

  it('when the link is cut short anywhere then it is refused as damaged', () => {
    for (let end = 2; end < payload.length; end += 7) expect(refused(payload.slice(0, end)).code, `cut at ${end}`).toBe('share.damaged');
  });

  it('when the payload is longer than the limit then it is refused before decoding', () => {
    const e = refused(`1.${'A'.repeat(MAX_SHARE_CHARS)}`);
    expect(e.code).toBe('share.too-large');
    expect(e.message).toMatch(/the limit is 64 kB/);
  });

  it('when a small payload would inflate past the limit then inflation stops and it is refused', () => {
    const bomb = raw(new Uint8Array(MAX_SHARE_JSON_BYTES * 4).fill(0x20));
    expect(bomb.length).toBeLessThan(MAX_SHARE_CHARS);
    const e = refused(bomb);
    expect(e.code).toBe('share.too-large');
    expect(e.message).toMatch(/expands to more than 1024 kB/);
  });

  it('when the contents are not UTF-8 text or not JSON then it says so', () => {
    expect(refused(raw(new Uint8Array([0xff, 0xfe, 0x00])))).toMatchObject({ code: 'share.damaged', message: /not readable text/ });
    expect(refused(of('{"kind":'))).toMatchObject({ code: 'share.not-share', message: /not JSON/ });
  });

  it('when the contents nest too deeply then the depth is named before parsing', () => {
    expect(refused(of(`${'['.repeat(200)}${']'.repeat(200)}`)).code).toBe('import.too-deep');
  });

  it.each([
    ['[1]', '$'],
    ['{"kind":"macro","run":"alert(1)"}', '$.kind'],
    ['{"kind":"config"}', '$.export'],
    ['{"kind":"config","export":[1]}', '$.export'],
    ['{"kind":"config","export":{},"extra":1}', '$.extra'],
    ['{"kind":"scenario","scenario":"../../etc/passwd","lesson":null}', '$.scenario'],
    ['{"kind":"scenario","scenario":"healthcare-hipaa","lesson":"<img src=x>"}', '$.lesson'],
  ])('when the JSON is not a shared state (%s) then the problem is located at %s', (json, path) => {
    const e = refused(of(json));
    expect(e.code).toBe('share.not-share');
    expect(e.issues?.map((i) => i.path)).toContain(path);
  });
});

describe('what a link carries is checked like an import file', () => {
  it('when a well-formed link carries an invalid configuration then the import refuses it with its path', () => {
    const doc = exportConfig(configured(), '0.1.0', AT) as unknown as { config: { dlp: Record<string, unknown> } };
    doc.config.dlp.enabled = 'yes';
    const r = decodeShare(encodeShare({ kind: 'config', export: doc }));
    expect(r.ok).toBe(true);
    const imported = r.ok && r.value.kind === 'config' ? parseConfigImport(sharedConfigText(r.value)) : null;
    expect(imported).toMatchObject({ ok: false, error: { code: 'config.invalid', issues: [{ path: '$.config.dlp.enabled' }] } });
  });

  it('when a link carries a prototype-polluting key then the import refuses it', () => {
    const r = decodeShare(of('{"kind":"config","export":{"format":"dlp-playground-config","__proto__":{"x":1}}}'));
    const imported = r.ok && r.value.kind === 'config' ? parseConfigImport(sharedConfigText(r.value)) : null;
    expect(imported).toMatchObject({ ok: false, error: { code: 'import.forbidden-key' } });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
