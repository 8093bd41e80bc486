/** Hostile configuration files: any text encoding with a mark reads the same; nesting too deep is named, not a stack overflow. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/engine/config/defaults.ts';
import { diffConfigs } from '../../../src/engine/config/diff.ts';
import { exportConfig, exportText, parseConfigImport } from '../../../src/engine/config/export-import.ts';
import { MAX_JSON_DEPTH, textDepthProblem, valueDepthProblem } from '../../../src/engine/config/json-depth.ts';
import { decodeText } from '../../../src/engine/model/text-decoding.ts';

const changed = () => {
  const c = defaultConfig();
  c.appliance.hostname = 'esa9.example.com';
  // Text beyond ASCII and beyond the BMP, where a wrong decoding shows.
  c.dlp.messageActions = [
    {
      name: 'Drop',
      description: 'Zürich € 😀',
      primary: { kind: 'drop' },
      copyToQuarantine: null,
      encryption: null,
      modifySubject: null,
      disclaimer: null,
      alternateHost: null,
      bcc: null,
      notification: null,
    },
  ];
  c.dlp.enabled = true;
  c.dlp.licenseAccepted = true;
  return c;
};
const text = exportText(exportConfig(changed(), '0.1.0', Date.UTC(2026, 0, 1)));
const utf16 = (s: string, bigEndian: boolean) => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const [hi, lo] = [s.charCodeAt(i) >> 8, s.charCodeAt(i) & 0xff];
    out.set(bigEndian ? [hi, lo] : [lo, hi], 2 + 2 * i);
  }
  return out;
};

/** The diff an import would preview against the factory defaults, from the file's bytes. */
function previewDiff(bytes: Uint8Array) {
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new Error(decoded.error.message);
  const r = parseConfigImport(decoded.value);
  if (!r.ok) throw new Error(r.error.message);
  return diffConfigs(defaultConfig(), r.value.config);
}

describe('an export saved in another encoding', () => {
  const utf8 = new TextEncoder().encode(text);
  const expected = previewDiff(utf8);

  it('when read as UTF-8 then the preview lists the real changes', () => {
    expect(expected.map((d) => d.path)).toEqual(
      expect.arrayContaining(['$.appliance.hostname', '$.dlp.enabled', '$.dlp.licenseAccepted', '$.dlp.messageActions.Drop']),
    );
  });

  it.each([
    ['UTF-8 with a byte order mark', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8])],
    ['UTF-16LE with a byte order mark', utf16(text, false)],
    ['UTF-16BE with a byte order mark', utf16(text, true)],
  ])('when saved as %s then the preview diff is the same as UTF-8', (_, bytes) => {
    expect(previewDiff(bytes)).toEqual(expected);
  });

  it('when UTF-16 bytes are cut short then the file is refused before any JSON is read', () => {
    const r = decodeText(utf16(text, false).subarray(0, 101));
    expect(r).toMatchObject({ ok: false, error: { code: 'text.bad-encoding' } });
  });
});

describe('nesting too deep', () => {
  const arrays = (n: number) => '['.repeat(n) + ']'.repeat(n);
  const objects = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);
  const inConfig = (n: number) => text.replace('"dlp": {', `"dlp": {"x": ${arrays(n)},`);

  it.each([
    ['10,000 nested arrays', arrays(10_000), /^\$\[0\]\[0\]\[0\]\[0\]\[0\]\[0\]\[0\]\[0\]…$/],
    ['100,000 nested arrays', arrays(100_000), /^\$(\[0\]){8}…$/],
    ['10,000 nested objects', objects(10_000), /^\$\.a\.a\.a\.a\.a\.a\.a\.a…$/],
    ['100,000 nested objects', objects(100_000), /^\$(\.a){8}…$/],
    ['100,000 arrays left open (not even JSON)', '['.repeat(100_000), /^\$(\[0\]){8}…$/],
    ['100,000 arrays inside a real export', inConfig(100_000), /^\$\.config\.dlp\.x\[0\]\[0\]\[0\]\[0\]\[0\]…$/],
    [
      'a deep array after two items and a key with quotes',
      `{"k\\"ey": [1, "]", ${arrays(MAX_JSON_DEPTH)}]}`,
      /^\$\["k\\"ey"\]\[2\](\[0\]){6}…$/,
    ],
  ])('when the file holds %s then it says how deep and where, not "Maximum call stack size exceeded"', (_, file, path) => {
    const r = parseConfigImport(file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('import.too-deep');
    expect(r.error.message).toMatch(/^The configuration is too deeply nested \(more than 64 levels\) at \$/);
    expect(r.error.issues).toHaveLength(1);
    expect(r.error.issues![0]!.path).toMatch(path);
    expect(r.error.message).toContain(r.error.issues![0]!.path);
  });

  it('when a file nests exactly to the limit then depth is not its problem', () => {
    expect(textDepthProblem(arrays(MAX_JSON_DEPTH))).toBeNull();
    expect(textDepthProblem(arrays(MAX_JSON_DEPTH + 1))).not.toBeNull();
    expect(parseConfigImport(arrays(MAX_JSON_DEPTH))).toMatchObject({ ok: false, error: { code: 'import.not-object' } });
  });

  it('when brackets are inside strings then they are not nesting', () => {
    expect(textDepthProblem(JSON.stringify({ s: '['.repeat(1000), t: '\\"[[[' }))).toBeNull();
  });

  it('when the real scenario files are read then none is anywhere near the limit', () => {
    const dir = new URL('../../../public/scenarios/', import.meta.url);
    for (const f of readdirSync(dir)) expect(textDepthProblem(readFileSync(new URL(f, dir), 'utf8'), 12)).toBeNull();
  });

  it('when a parsed value is 100,000 levels deep then the walk names it without recursion', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: [deep] };
    expect(valueDepthProblem({ config: deep })).toEqual({ path: '$.config.a[0].a[0].a[0].a…', limit: MAX_JSON_DEPTH });
  });

  it('when a value refers to itself then the walk ends at the limit instead of looping', () => {
    const loop: Record<string, unknown> = { b: 1 };
    loop.self = loop;
    expect(valueDepthProblem(loop)?.path).toBe('$.self.self.self.self.self.self.self.self…');
  });

  it('when a value is the default configuration then depth is not its problem', () => {
    expect(valueDepthProblem(defaultConfig())).toBeNull();
  });
});
