/** A CLI session on a fresh simulated appliance, and a transcript helper. */
import { afterEach } from 'vitest';
import { PlaygroundDb } from '../../src/db/schema.ts';
import type { CliApi } from '../../src/console/api.ts';
import { CliSession, type CliReply } from '../../src/console/session.ts';
import { createService } from '../../src/worker/service.ts';
import type { EngineApi } from '../../src/api/engine-api.ts';

let n = 0;
const dbs: PlaygroundDb[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

/** A fresh service and a logged-in session on it. */
export async function login(): Promise<{ svc: EngineApi; cli: CliSession; banner: CliReply }> {
  const db = new PlaygroundDb(`cli-${n++}`);
  dbs.push(db);
  const svc = await createService(db);
  // The real service satisfies the narrow interface (checked by the compiler here).
  const api: CliApi = svc;
  const cli = new CliSession(api);
  return { svc, cli, banner: await cli.start() };
}

/** The reply's lines as text. */
export const text = (r: CliReply): string => r.lines.map((l) => l.text).join('\n');

/** Types each line in turn; returns the last reply and the whole transcript. */
export async function type(cli: CliSession, ...lines: string[]): Promise<{ last: CliReply; all: string }> {
  let last: CliReply = { lines: [], prompt: cli.prompt };
  const parts: string[] = [];
  for (const l of lines) {
    last = await cli.submit(l);
    parts.push(text(last));
  }
  return { last, all: parts.join('\n') };
}
