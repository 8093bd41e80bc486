/**
 * The scenarios' index (public/scenarios/index.json): what the Scenarios page lists. Written by
 * scripts/make-scenarios.ts; read here with a relative URL, because the app may be served from
 * any folder. Rows are checked on read so a hand-edited index cannot break the page.
 */

/** One scenario in the index. */
export interface ScenarioEntry {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** The exported-configuration file, relative to the scenarios folder. */
  readonly file: string;
  /** Sample message ids (src/engine/mailflow/samples.ts) that show the scenario's behaviour. */
  readonly samples: readonly string[];
  /** Whether a message action encrypts: profiles then need provisioning at the RES. */
  readonly encrypts: boolean;
}

const SCENARIO_FOLDER = './scenarios/';

const isEntry = (x: unknown): x is ScenarioEntry => {
  const e = x as Record<string, unknown> | null;
  return (
    !!e &&
    typeof e.id === 'string' &&
    typeof e.title === 'string' &&
    typeof e.description === 'string' &&
    typeof e.file === 'string' &&
    /^[a-z0-9-]+\.json$/.test(e.file) &&
    Array.isArray(e.samples) &&
    e.samples.every((s) => typeof s === 'string') &&
    typeof e.encrypts === 'boolean'
  );
};

/** The entries of an index document; malformed rows are left out. */
export function parseScenarioIndex(data: unknown): ScenarioEntry[] {
  const list = (data as { scenarios?: unknown } | null)?.scenarios;
  return Array.isArray(list) ? list.filter(isEntry) : [];
}

/** Fetches a file from the scenarios folder as text. */
export async function fetchScenarioFile(file: string): Promise<string> {
  const response = await fetch(`${SCENARIO_FOLDER}${file}`, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return response.text();
}

/** The scenarios listed in the index. */
export async function loadScenarioIndex(): Promise<ScenarioEntry[]> {
  return parseScenarioIndex(JSON.parse(await fetchScenarioFile('index.json')));
}
