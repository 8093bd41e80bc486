/**
 * Checks that span sections: names unique where the appliance requires it, and every name a
 * setting refers to (a quarantine, a profile, a message action, a DLP policy, a text resource)
 * actually exists. Each problem is reported at the path of the referring field.
 */
import type { z } from 'zod';
import type { ApplianceConfig } from './shape.ts';
// The same linear-time regex engine the classifiers run on, so Submit refuses exactly what would not compile.
import { validatePattern } from '../../model/regex.ts';

type Ctx = z.RefinementCtx;
type Path = (string | number)[];

function unique(ctx: Ctx, items: readonly { name: string }[], path: Path, what: string): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const key = item.name.toLowerCase();
    if (seen.has(key)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, i, 'name'],
        message: `Duplicate ${what} name “${item.name}” (also at position ${seen.get(key)! + 1}).`,
      });
    } else seen.set(key, i);
  });
}

function exists(ctx: Ctx, names: ReadonlySet<string>, ref: string | null | undefined, path: Path, what: string): void {
  if (ref != null && !names.has(ref)) ctx.addIssue({ code: 'custom', path, message: `${what} “${ref}” does not exist.` });
}

/** A regular expression that does not compile (or matches empty text), with the position of the problem. */
function pattern(ctx: Ctx, value: string, path: Path): void {
  const check = validatePattern(value);
  if (!check.ok) ctx.addIssue({ code: 'custom', path, message: `Position ${check.position + 1}: ${check.message}` });
}

/** Outgoing content filters: unique names, patterns that compile, and every name they or the policies refer to. */
function checkContentFilters(
  c: ApplianceConfig,
  ctx: Ctx,
  names: { profiles: ReadonlySet<string>; quarantines: ReadonlySet<string>; notifications: ReadonlySet<string> },
): void {
  const filters = c.outgoingPolicies.contentFilters ?? [];
  const base: Path = ['outgoingPolicies', 'contentFilters'];
  unique(ctx, filters, base, 'content filter');
  filters.forEach((f, i) => {
    f.conditions.forEach((cond, j) => {
      if ('match' in cond && cond.match === 'regex') pattern(ctx, cond.value, [...base, i, 'conditions', j, 'value']);
    });
    f.actions.forEach((a, j) => {
      const at: Path = [...base, i, 'actions', j];
      if (a.type === 'encrypt-on-delivery' || a.type === 'encrypt-deliver-now')
        exists(ctx, names.profiles, a.profile, [...at, 'profile'], 'Encryption profile');
      if (a.type === 'quarantine') exists(ctx, names.quarantines, a.quarantine, [...at, 'quarantine'], 'Quarantine');
      if (a.type === 'notify') exists(ctx, names.notifications, a.template, [...at, 'template'], 'Notification template');
    });
  });
  const filterNames = new Set(filters.map((f) => f.name));
  const checkUse = (setting: { mode: string; filters?: string[] } | undefined, path: Path) =>
    setting?.filters?.forEach((n, j) => exists(ctx, filterNames, n, [...path, 'filters', j], 'Content filter'));
  c.outgoingPolicies.policies.forEach((p, i) => checkUse(p.contentFilters, ['outgoingPolicies', 'policies', i, 'contentFilters']));
  checkUse(c.outgoingPolicies.defaultPolicy.contentFilters, ['outgoingPolicies', 'defaultPolicy', 'contentFilters']);
}

/** Adds an issue for every duplicate name and dangling reference in the configuration. */
export function checkReferences(c: ApplianceConfig, ctx: Ctx): void {
  unique(ctx, c.encryption.profiles, ['encryption', 'profiles'], 'encryption profile');
  unique(ctx, c.dlp.policies, ['dlp', 'policies'], 'DLP policy');
  unique(ctx, c.dlp.messageActions, ['dlp', 'messageActions'], 'message action');
  unique(ctx, c.dlp.customClassifiers, ['dlp', 'customClassifiers'], 'custom classifier');
  unique(ctx, c.dlp.dictionaries, ['dlp', 'dictionaries'], 'dictionary');
  unique(ctx, c.quarantines, ['quarantines'], 'quarantine');
  unique(ctx, c.textResources, ['textResources'], 'text resource');
  unique(ctx, [...c.outgoingPolicies.policies, { name: 'Default Policy' }], ['outgoingPolicies', 'policies'], 'outgoing mail policy');

  const profiles = new Set(c.encryption.profiles.map((p) => p.name));
  const quarantines = new Set(c.quarantines.map((q) => q.name));
  const actions = new Set(c.dlp.messageActions.map((a) => a.name));
  const policies = new Set(c.dlp.policies.map((p) => p.name));
  const dictionaries = new Set(c.dlp.dictionaries.map((d) => d.name));
  const resources = (type: string) => new Set(c.textResources.filter((r) => r.type === type).map((r) => r.name));
  const disclaimers = resources('disclaimer');
  const dlpTemplates = resources('dlp-notification');

  c.dlp.messageActions.forEach((a, i) => {
    const at = (...p: Path): Path => ['dlp', 'messageActions', i, ...p];
    if (a.primary.kind === 'quarantine') exists(ctx, quarantines, a.primary.quarantine, at('primary', 'quarantine'), 'Quarantine');
    exists(ctx, quarantines, a.copyToQuarantine, at('copyToQuarantine'), 'Quarantine');
    exists(ctx, profiles, a.encryption?.profile, at('encryption', 'profile'), 'Encryption profile');
    exists(ctx, disclaimers, a.disclaimer?.resource, at('disclaimer', 'resource'), 'Disclaimer text resource');
    exists(ctx, dlpTemplates, a.notification?.template, at('notification', 'template'), 'DLP notification template');
  });
  c.dlp.policies.forEach((p, i) => {
    for (const level of ['critical', 'high', 'medium', 'low'] as const) {
      exists(ctx, actions, p.actions[level], ['dlp', 'policies', i, 'actions', level], 'Message action');
    }
  });
  c.dlp.customClassifiers.forEach((cc, i) =>
    cc.rules.forEach((r, j) => {
      const at: Path = ['dlp', 'customClassifiers', i, 'rules', j];
      if (r.type === 'dictionary') exists(ctx, dictionaries, r.dictionary, [...at, 'dictionary'], 'Dictionary');
      if (r.type === 'regex') {
        pattern(ctx, r.pattern, [...at, 'pattern']);
        if (r.exclude) pattern(ctx, r.exclude, [...at, 'exclude']);
      }
    }),
  );
  c.dlp.policies.forEach((p, i) =>
    p.classifiers.forEach((e, k) => {
      if (e.customPattern) pattern(ctx, e.customPattern, ['dlp', 'policies', i, 'classifiers', k, 'customPattern']);
    }),
  );
  const checkOutgoing = (dlp: ApplianceConfig['outgoingPolicies']['policies'][number]['dlp'], path: Path) => {
    if (dlp.mode === 'enabled') dlp.policies.forEach((p, j) => exists(ctx, policies, p, [...path, 'policies', j], 'DLP policy'));
  };
  c.outgoingPolicies.policies.forEach((p, i) => checkOutgoing(p.dlp, ['outgoingPolicies', 'policies', i, 'dlp']));
  checkOutgoing(c.outgoingPolicies.defaultPolicy.dlp, ['outgoingPolicies', 'defaultPolicy', 'dlp']);
  checkContentFilters(c, ctx, { profiles, quarantines, notifications: resources('notification') });
  if (c.quarantines.length > 0 && !c.quarantines.some((q) => q.freeUpSpace)) {
    ctx.addIssue({ code: 'custom', path: ['quarantines'], message: '“Free up space” must stay enabled on at least one quarantine.' });
  }
}
