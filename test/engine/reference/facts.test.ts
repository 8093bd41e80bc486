/**
 * The registry of reference facts: every entry is complete, the simulated values follow the engine's
 * defaults, and the GUI's "simulated value" markers sit exactly where the registry says — every
 * component it names shows the marker, and no component shows one the registry does not name.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig, defaultEncryptionProfile } from '../../../src/engine/config/defaults.ts';
import { allFacts, FACTS, type FactId } from '../../../src/engine/reference/facts.ts';

const src = new URL('../../../src/', import.meta.url).pathname;
const svelteFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? svelteFiles(p) : f.endsWith('.svelte') ? [p] : [];
  });

/** Every marker in the GUI: the component (src-relative) and the fact it names. */
function markersIn(files: readonly { path: string; text: string }[]): { file: string; fact: string }[] {
  return files.flatMap(({ path, text }) =>
    [...text.matchAll(/<SimulatedValue\s+fact="([^"]+)"/g)].map((m) => ({ file: path, fact: m[1] })),
  );
}

/** What is wrong between the registry and the markers found: one line per disagreement. */
function disagreements(
  facts: readonly { id: string; shownIn: readonly string[] }[],
  markers: readonly { file: string; fact: string }[],
): string[] {
  const problems: string[] = [];
  for (const f of facts)
    for (const file of f.shownIn)
      if (!markers.some((m) => m.file === file && m.fact === f.id)) problems.push(`${f.id}: no marker in ${file}`);
  for (const m of markers) {
    const f = facts.find((x) => x.id === m.fact);
    if (!f) problems.push(`${m.file}: unknown fact ${m.fact}`);
    else if (!f.shownIn.includes(m.file)) problems.push(`${m.file}: marker for ${m.fact}, not listed in its shownIn`);
  }
  return problems;
}

const guiMarkers = () => markersIn(svelteFiles(join(src, 'ui')).map((p) => ({ path: relative(src, p), text: readFileSync(p, 'utf8') })));

describe('the registry of reference facts', () => {
  it.each(allFacts().map((f) => [f.id, f] as const))(
    'when %s is read then it has a status, a reason, a value, a section and a place',
    (_, f) => {
      expect(['verified', 'recalled', 'guessed']).toContain(f.status);
      expect(f.subject.trim()).not.toBe('');
      expect(f.value.trim()).not.toBe('');
      expect(f.reason.trim().length).toBeGreaterThan(20);
      expect(f.section).toMatch(/^\d+(\.\d+)?(, \d+(\.\d+)?)*$/);
      expect(f.where).toMatch(/\S+ > \S+/);
    },
  );

  it('when a fact is recalled or guessed then the GUI marks it somewhere; when verified then nowhere', () => {
    for (const f of allFacts()) {
      if (f.status === 'verified') expect(f.shownIn, f.id).toEqual([]);
      else expect(f.shownIn.length, f.id).toBeGreaterThan(0);
    }
  });

  it('when the engine default is read then the registry says the same value', () => {
    const profile = defaultEncryptionProfile('x');
    expect(FACTS['encryption.queue-timeout'].value).toBe(`${profile.queueTimeoutSeconds} seconds`);
    expect(FACTS['encryption.algorithm'].value).toContain(`start with ${profile.algorithm}`);
    expect(FACTS['encryption.max-size'].value).toBe(defaultConfig().encryption.maxMessageSize);
    expect(FACTS['dlp.severity-scale'].value).toBe('Ignore 0–9, Low 10–39, Medium 40–59, High 60–89, Critical 90–100');
    expect(FACTS['dlp.state-law-templates'].value).toContain('California SB-1386');
    expect(FACTS['quarantine.retention'].value).toContain('Virus 30 days');
  });
});

describe('the markers in the GUI', () => {
  it('when the components are read then every marker is where the registry says, and only there', () => {
    expect(disagreements(allFacts(), guiMarkers())).toEqual([]);
  });

  it('when every registry place is listed then each is a component that exists', () => {
    for (const f of allFacts()) for (const file of f.shownIn) expect(() => statSync(join(src, file)), `${f.id}: ${file}`).not.toThrow();
  });

  it('the check finds a missing marker, an unlisted one and an unknown fact in made-up components', () => {
    const facts = [{ id: 'a.fact' as FactId, shownIn: ['ui/x/A.svelte'] }];
    expect(disagreements(facts, markersIn([{ path: 'ui/x/A.svelte', text: '<SimulatedValue fact="a.fact" />' }]))).toEqual([]);
    expect(disagreements(facts, markersIn([{ path: 'ui/x/A.svelte', text: 'no marker' }]))).toEqual(['a.fact: no marker in ui/x/A.svelte']);
    expect(
      disagreements(
        facts,
        markersIn([
          { path: 'ui/x/A.svelte', text: '<SimulatedValue fact="a.fact" />' },
          { path: 'ui/x/B.svelte', text: '<SimulatedValue fact="a.fact" /><SimulatedValue fact="b.fact" />' },
        ]),
      ),
    ).toEqual(['ui/x/B.svelte: marker for a.fact, not listed in its shownIn', 'ui/x/B.svelte: unknown fact b.fact']);
  });
});
