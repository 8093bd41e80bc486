/**
 * DLP as a service: the Add DLP Policy catalogue, built-in classifiers, a new policy draft from a
 * template, the pattern playground (custom and built-in classifiers on pasted text, pattern
 * checks with positions) and DLP Engine Updates (status, Update Now, Rollback) on the simulated
 * clock, persisted per appliance scope in the kv table. Answers are plain data.
 */
import { kvGet, kvKeys, kvPut } from '../db/kv.ts';
import {
  attachmentFileTypes,
  builtinClassifiers,
  createPolicyFromTemplate,
  scanText,
  severityFor,
  templateById,
  templateCategories,
  templates as allTemplates,
  testCustomClassifier,
  validatePattern,
  DEFAULT_SCALE,
  type ClassifierInfo,
  type FileType,
  type PatternCheck,
} from '../engine/dlp/index.ts';
import { classifierResult } from '../engine/dlp/policy/classifier-results.ts';
import { riskSteps } from '../engine/dlp/policy/risk.ts';
import {
  applyAutomatic,
  initialUpdateState,
  pendingReleases,
  releaseOf,
  rollback as rollbackState,
  updateNow as updateNowState,
  type DlpRelease,
  type DlpUpdateState,
} from '../engine/dlp/updates.ts';
import type { CustomClassifier, DlpPolicy } from '../engine/config/schema/index.ts';
import { DEFAULT_SCOPE } from '../engine/scope.ts';
import type { ServiceContext } from './context.ts';
import type {
  TemplateInfo,
  TemplateGroup,
  RulePatternError,
  CustomPlaygroundResult,
  BuiltinPlaygroundResult,
  ReleaseInfo,
  EngineStatus,
  UpdateAnswer,
} from '../api/dlp.ts';

/** The lowest risk factor that is not Ignore on the default scale. */
const MINIMUM = DEFAULT_SCALE.low;

const info = (r: DlpRelease): ReleaseInfo => ({
  engine: r.engine,
  classifiers: r.classifiers,
  availableAt: r.availableAt,
  notes: [...r.notes],
});
const classifierName = (id: string): string => builtinClassifiers.find((c) => c.id === id)?.name ?? id;

function templateInfo(id: string): TemplateInfo {
  const t = templateById(id)!;
  return {
    id: t.id,
    name: t.name,
    description: t.description,
    classifiers: t.classifiers.map((c) => ({ id: c, name: classifierName(c) })),
    customisation: t.customisation ? { ...t.customisation, defaultPhrases: [...t.customisation.defaultPhrases] } : null,
    requireAll: t.requireAll ? t.requireAll.map((g) => g.map(classifierName)) : null,
    attachmentTypes: [...(t.attachmentTypes ?? [])],
    custom: t.category === 'custom',
  };
}

/** Every regex rule's pattern and exclude pattern checked, with positions. */
function patternErrors(c: CustomClassifier): RulePatternError[] {
  const out: RulePatternError[] = [];
  c.rules.forEach((r, rule) => {
    if (r.type !== 'regex') return;
    const p = validatePattern(r.pattern);
    if (!p.ok) out.push({ rule, field: 'pattern', message: p.message, position: p.position });
    if (r.exclude) {
      const x = validatePattern(r.exclude);
      if (!x.ok) out.push({ rule, field: 'exclude', message: x.message, position: x.position });
    }
  });
  return out;
}

/**
 * Scores so far, in text order, by the policy engine's rule: word classifiers add each distinct
 * term's weight once and 2 per repeat; others take the best finding plus 3 per further confirmed one.
 */

export function createDlpService(ctx: ServiceContext) {
  const { db } = ctx;

  /** Reads the update state, applying automatic updates the clock has made due, and stores it. */
  async function settle(scope: string): Promise<{ state: DlpUpdateState; automatic: boolean; now: number }> {
    return db.transaction('rw', db.kv, db.config, async () => {
      const now = await ctx.now();
      const stored = await kvGet(db, kvKeys.dlpUpdates(scope));
      // Repair on read: an unknown version (an older build's state) falls back to the factory release.
      const state = stored && releaseOf(stored.installed).engine === stored.installed ? stored : initialUpdateState();
      const automatic = (await db.config.get(scope))?.config.dlp.automaticUpdates ?? false;
      const next = automatic ? applyAutomatic(state, now) : state;
      if (next !== stored) await kvPut(db, kvKeys.dlpUpdates(scope), next);
      return { state: next, automatic, now };
    });
  }

  function status(state: DlpUpdateState, automatic: boolean, now: number): EngineStatus {
    const change = state.lastChange;
    return {
      installed: info(releaseOf(state.installed)),
      lastUpdateAt: state.lastUpdateAt,
      lastAttemptAt: state.lastAttemptAt,
      automaticUpdates: automatic,
      previous: state.previous ? info(releaseOf(state.previous)) : null,
      lastChange: change ? { ...change, notes: [...releaseOf(change.kind === 'rollback' ? change.from : change.to).notes] } : null,
      available: pendingReleases(state, now).map(info),
      heldBack: state.heldBack,
    };
  }

  async function store(scope: string, state: DlpUpdateState): Promise<void> {
    await kvPut(db, kvKeys.dlpUpdates(scope), state);
  }

  return {
    /** Add DLP Policy: the templates grouped by category, in the appliance's order. */
    async templates(): Promise<TemplateGroup[]> {
      return templateCategories.map((c) => ({
        id: c.id,
        name: c.name,
        description: c.description,
        templates: allTemplates.filter((t) => t.category === c.id).map((t) => templateInfo(t.id)),
      }));
    },

    /** The built-in (predefined) content matching classifiers. */
    async classifiers(): Promise<ClassifierInfo[]> {
      return builtinClassifiers.map((c) => ({ ...c }));
    },

    /** Filter Attachments: the predefined file types. */
    async fileTypes(): Promise<FileType[]> {
      return attachmentFileTypes.map((t) => ({ ...t, extensions: [...t.extensions], mimeTypes: [...t.mimeTypes] }));
    },

    /**
     * A new policy draft from a template (not submitted). Critical gets `criticalAction`, or the
     * candidate configuration's first message action; lower levels inherit. Throws for an unknown
     * template: the form only offers catalogue entries.
     */
    async newPolicy(templateId: string, name?: string, criticalAction?: string, scope = DEFAULT_SCOPE): Promise<DlpPolicy> {
      const pending = await db.pending.get(scope);
      const config = pending?.candidate ?? (await db.config.get(scope))?.config;
      return createPolicyFromTemplate(templateId, name, criticalAction ?? config?.dlp.messageActions[0]?.name ?? '');
    },

    /** The playground: a custom classifier (as edited) on a text, with pattern errors located. */
    async testCustomClassifier(classifier: CustomClassifier, text: string, scope = DEFAULT_SCOPE): Promise<CustomPlaygroundResult> {
      const pending = await db.pending.get(scope);
      const config = pending?.candidate ?? (await db.config.get(scope))?.config;
      const result = testCustomClassifier(classifier, text, { dictionaries: config?.dlp.dictionaries ?? [] });
      return { ...result, patternErrors: patternErrors(classifier) };
    },

    /** The playground: one built-in classifier on a text, scored as a policy would score it. */
    async testBuiltin(classifierId: string, text: string): Promise<BuiltinPlaygroundResult> {
      const classifier = builtinClassifiers.find((c) => c.id === classifierId);
      if (!classifier) throw new Error(`Unknown built-in classifier "${classifierId}".`);
      const findings = scanText(text, { classifiers: [classifierId] });
      const notes: string[] = [];
      const result = classifierResult(
        { classifier: classifierId, customPattern: '', customPhrases: [] },
        [{ kind: 'body', name: 'Body (text)', text }],
        { customClassifiers: [], dictionaries: [] },
        notes,
      );
      // The running score after each finding, by the engine's own combination rule.
      const steps = riskSteps(classifierId, findings);
      const severity = severityFor(DEFAULT_SCALE, result.riskFactor);
      const verdict =
        severity === 'ignore'
          ? `Risk factor ${result.riskFactor} is below ${MINIMUM}: Ignore on the default scale, so a policy with only this classifier would not act.`
          : `Risk factor ${result.riskFactor}: ${severity[0].toUpperCase()}${severity.slice(1)} on the default scale.`;
      return {
        classifier: { ...classifier },
        findings: findings.map((f, i) => ({ ...f, runningScore: steps[i] })),
        riskFactor: result.riskFactor,
        minimum: MINIMUM,
        severity,
        explanation: `${result.summary} ${verdict}`,
      };
    },

    /** Checks a regular expression; an error carries the 0-based position of the problem. */
    async validatePattern(pattern: string): Promise<PatternCheck> {
      return validatePattern(pattern);
    },

    /** DLP Engine Updates: versions, last update and attempt, automatic updates, rollback. */
    async engineStatus(scope = DEFAULT_SCOPE): Promise<EngineStatus> {
      const { state, automatic, now } = await settle(scope);
      return status(state, automatic, now);
    },

    /** Update Now: installs the newest available release or reports the engine up to date. */
    async updateNow(scope = DEFAULT_SCOPE): Promise<UpdateAnswer> {
      const { state, automatic, now } = await settle(scope);
      const outcome = updateNowState(state, now);
      await store(scope, outcome.state);
      return { changed: outcome.installed !== null, message: outcome.message, status: status(outcome.state, automatic, now) };
    },

    /** Rollback: returns to the previously installed release, if there is one. */
    async rollback(scope = DEFAULT_SCOPE): Promise<UpdateAnswer> {
      const { state, automatic, now } = await settle(scope);
      const outcome = rollbackState(state, now);
      if (!outcome)
        return {
          changed: false,
          message: 'There is no previous DLP engine version to roll back to.',
          status: status(state, automatic, now),
        };
      await store(scope, outcome.state);
      return { changed: true, message: outcome.message, status: status(outcome.state, automatic, now) };
    },
  };
}
