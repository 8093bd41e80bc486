/**
 * Configuration as a service: the view a page edits (pending if any, else committed), Submit,
 * Commit, Abandon, commit history, export, import, the configuration editor's whole-config submit,
 * and reset to factory defaults. Each operation runs in one transaction.
 */
import { defaultConfig } from '../engine/config/defaults.ts';
import { diffConfigs, type ConfigChange } from '../engine/config/diff.ts';
import { exportConfig, exportText, parseConfigImport } from '../engine/config/export-import.ts';
import { configJsonSchema } from '../engine/config/export-schema.ts';
import { SCHEMA_FILE } from '../engine/config/schema-address.ts';
import { depthError, valueDepthProblem } from '../engine/config/json-depth.ts';
import { commitPending, submitSection, submitWhole, type PendingState, type SubmitInput } from '../engine/config/pending.ts';
import { configSections, type ApplianceConfig, type ConfigSection } from '../engine/config/schema/index.ts';
import { fail, ok, type Result } from '../engine/errors.ts';
import { DEFAULT_SCOPE } from '../engine/scope.ts';
import { APP_VERSION } from '../engine/version.ts';
import type { CommitRow } from '../api/config.ts';
import type { ServiceContext } from './context.ts';
import { levelScopes } from '../engine/site/index.ts';
import { levelOverlay, levelView, readLayout } from '../db/views/levels.ts';
import { submitGuard } from './site-service.ts';
import type { ConfigView } from '../api/config.ts';
import type { SectionValue } from '../api/engine-api.ts';

export function createConfigService(ctx: ServiceContext) {
  const { db } = ctx;

  /** A level's configuration as its pages show it (in a cluster, with what it inherits): the same view the UI reads. */
  async function load(scope: string): Promise<{ committed: ApplianceConfig; pending: PendingState | undefined }> {
    const { committed, pending } = await levelView(db, scope);
    if (!committed) throw new Error(`no configuration for scope ${scope}`);
    return { committed, pending: pending ?? undefined };
  }

  /** Commits one scope's pending changes (inside the caller's transaction). */
  async function commitOne(scope: string, comment: string, at: number): Promise<Result<CommitRow>> {
    const row = await db.config.get(scope);
    if (!row) throw new Error(`no configuration for scope ${scope}`);
    const result = commitPending(await levelOverlay(db, scope, row.config), await db.pending.get(scope), comment, at);
    if (!result.ok) return result;
    await db.config.put({ scope, config: result.value.config, revision: row.revision + 1 });
    await db.pending.delete(scope);
    const id = await db.commits.add({ ...result.value.record });
    return ok({ ...result.value.record, id });
  }

  /** The site's levels, most general first (just the machine when standalone). */
  async function levelOrder(): Promise<string[]> {
    const layout = await readLayout(db);
    return layout ? levelScopes(layout) : [DEFAULT_SCOPE];
  }
  const rank = (order: readonly string[], scope: string) => (order.includes(scope) ? order.indexOf(scope) : order.length);

  /** Runs a submit in one transaction and stores the new pending state. */
  async function submitWith(scope: string, description: string, make: (input: SubmitInput) => Result<PendingState>) {
    return db.transaction('rw', db.config, db.pending, db.kv, async (): Promise<Result<{ pendingCount: number }>> => {
      const { committed, pending } = await load(scope);
      const result = make({ committed, pending, scope, id: ctx.newId(), at: await ctx.now(), description });
      if (!result.ok) return result;
      if (result.value.changes.length) await db.pending.put(result.value);
      return ok({ pendingCount: result.value.changes.length });
    });
  }

  return {
    /** The configuration a page edits, with the pending changes. */
    async view(scope = DEFAULT_SCOPE): Promise<ConfigView> {
      const { committed, pending } = await load(scope);
      const candidate = pending?.candidate ?? committed;
      return { scope, committed, candidate, pending: pending?.changes ?? [], diff: diffConfigs(committed, candidate) };
    },

    /** Submit on a page: replaces one section of the candidate configuration. */
    submit<S extends ConfigSection>(section: S, value: SectionValue<S>, description: string, scope = DEFAULT_SCOPE) {
      if (!configSections.includes(section))
        return Promise.resolve(fail<{ pendingCount: number }>('config.unknown-section', undefined, `“${String(section)}”`));
      return submitGuard(db, scope, section).then((guard) =>
        guard.ok
          ? submitWith(scope, description, (input) => submitSection(input, section, value))
          : { ok: false as const, error: guard.error },
      );
    },

    /** The configuration editor's Submit: the whole configuration at once. */
    submitAll(config: unknown, description = 'Edited in the configuration editor', scope = DEFAULT_SCOPE) {
      // The same answer as an import file nested too deeply, before any recursive walk (schema, diff) meets it.
      const deep = valueDepthProblem(config);
      if (deep) return Promise.resolve(depthError<{ pendingCount: number }>(deep));
      return submitWith(scope, description, (input) => submitWhole(input, config));
    },

    /** Commit Changes: applies every pending change with the comment. */
    async commit(comment: string, scope = DEFAULT_SCOPE): Promise<Result<CommitRow>> {
      return db.transaction('rw', db.config, db.pending, db.commits, db.kv, async () => commitOne(scope, comment, await ctx.now()));
    },

    /**
     * Commit Changes across levels, as the clustered appliance does: every level with pending
     * changes (or those named) in one transaction, most general first, so each level commits over
     * what it inherits. One history record per level — each level's Commit History lists its own
     * commits — all with the same comment and time.
     */
    async commitAll(comment: string, scopes?: readonly string[]): Promise<Result<CommitRow[]>> {
      return db.transaction('rw', db.config, db.pending, db.commits, db.kv, async () => {
        const order = await levelOrder();
        const pending = (await db.pending.toArray()).map((p) => p.scope).filter((s) => !scopes || scopes.includes(s));
        if (!pending.length) return fail<CommitRow[]>('config.nothing-pending');
        pending.sort((a, b) => rank(order, a) - rank(order, b));
        const at = await ctx.now();
        const rows: CommitRow[] = [];
        for (const scope of pending) {
          const r = await commitOne(scope, comment, at);
          // Only "nothing pending" can fail here (a submit already validated), and no row was written for it.
          if (r.ok) rows.push(r.value);
        }
        return rows.length ? ok(rows) : fail<CommitRow[]>('config.nothing-pending');
      });
    },

    /** Abandon Changes across levels: discards every level's pending changes (or those named). */
    async abandonAll(scopes?: readonly string[]): Promise<Result<{ discarded: number }>> {
      return db.transaction('rw', db.pending, async () => {
        const rows = (await db.pending.toArray()).filter((p) => !scopes || scopes.includes(p.scope));
        if (!rows.length) return fail<{ discarded: number }>('config.nothing-pending');
        await db.pending.bulkDelete(rows.map((p) => p.scope));
        return ok({ discarded: rows.reduce((n, p) => n + p.changes.length, 0) });
      });
    },

    /** Abandon Changes: discards every pending change. */
    async abandon(scope = DEFAULT_SCOPE): Promise<Result<{ discarded: number }>> {
      return db.transaction('rw', db.pending, async () => {
        const pending = await db.pending.get(scope);
        if (!pending) return fail<{ discarded: number }>('config.nothing-pending');
        await db.pending.delete(scope);
        return ok({ discarded: pending.changes.length });
      });
    },

    /** The commit history, newest first. */
    history: async (scope = DEFAULT_SCOPE): Promise<CommitRow[]> =>
      (await db.commits.where('scope').equals(scope).reverse().sortBy('at')).reverse().sort((a, b) => (b.id ?? 0) - (a.id ?? 0)),

    /** The committed configuration as the downloadable export file, naming its JSON Schema (the site's address for it, from the UI). */
    async exportFile(scope = DEFAULT_SCOPE, schemaUrl = SCHEMA_FILE): Promise<{ fileName: string; text: string }> {
      const { committed } = await load(scope);
      const at = await ctx.now();
      const stamp = new Date(at).toISOString().replace(/[-:]/g, '').slice(0, 15);
      return {
        fileName: `config-${committed.appliance.hostname}-${stamp}.json`,
        text: exportText(exportConfig(committed, APP_VERSION, at, schemaUrl)),
      };
    },

    /** Checks an import and lists what it would change, without changing anything. */
    async previewImport(text: string, scope = DEFAULT_SCOPE): Promise<Result<{ fromVersion: number; diff: ConfigChange[] }>> {
      const parsed = parseConfigImport(text);
      if (!parsed.ok) return parsed;
      const { committed, pending } = await load(scope);
      return ok({ fromVersion: parsed.value.fromVersion, diff: diffConfigs(pending?.candidate ?? committed, parsed.value.config) });
    },

    /** Imports a configuration file as pending changes to review and commit. */
    async importFile(text: string, fileName: string, scope = DEFAULT_SCOPE) {
      const parsed = parseConfigImport(text);
      if (!parsed.ok) return parsed;
      const migrated = parsed.value.fromVersion < 2 ? ` (migrated from schema version ${parsed.value.fromVersion})` : '';
      return submitWith(scope, `Imported ${fileName}${migrated}`, (input) => submitWhole(input, parsed.value.config));
    },

    /** Replaces the configuration with factory defaults (keeping the appliance identity) and commits. */
    async resetToFactoryDefaults(scope = DEFAULT_SCOPE): Promise<Result<CommitRow>> {
      return db.transaction('rw', db.config, db.pending, db.commits, db.kv, async () => {
        const row = await db.config.get(scope);
        if (!row) throw new Error(`no configuration for scope ${scope}`);
        const fresh = defaultConfig(row.config.appliance);
        const at = await ctx.now();
        const record = {
          scope,
          at,
          user: 'admin',
          comment: 'Reset to factory defaults',
          summary: ['All settings returned to factory defaults'],
          changeCount: 1,
        };
        await db.pending.delete(scope);
        await db.config.put({ scope, config: fresh, revision: row.revision + 1 });
        return ok({ ...record, id: await db.commits.add(record) });
      });
    },

    /** The configuration's JSON Schema, for the configuration editor (an export file's is export-schema.ts's). */
    async jsonSchema(): Promise<object> {
      return configJsonSchema();
    },
  };
}
