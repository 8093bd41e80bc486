import { describe, expect, it } from 'vitest';
import type { ApplianceConfig, ContentFilter, FilterAction, OutgoingFilters } from '../../../../src/engine/config/schema/index.ts';
import { applianceConfigSchema } from '../../../../src/engine/config/schema/index.ts';
import { contentFiltersFor } from '../../../../src/engine/mailflow/content-filters/evaluate.ts';
import { processMessage } from '../../../../src/engine/mailflow/pipeline.ts';
import { action, configured, deps, fakeDlp, message } from '../helpers.ts';

const texts = (o: { records: { events: { text: string }[] }[] }, i = 0) => o.records[i].events.map((e) => e.text);
const SECURE = { type: 'subject', match: 'contains', value: '[SEND SECURE]', negate: false } as const;
const encryptOnDelivery: FilterAction = { type: 'encrypt-on-delivery', rule: 'always', profile: 'CRES_MED', subject: '$Subject' };

function filter(name: string, actions: FilterAction[], over: Partial<ContentFilter> = {}): ContentFilter {
  return { name, description: '', active: true, rule: 'all', conditions: [SECURE], actions, ...over };
}

/** The DLP test configuration with these filters, enabled on the Default Policy (all of them unless told). */
function withFilters(
  filters: ContentFilter[],
  dlpAction = action('Deliver'),
  setting?: Exclude<OutgoingFilters, { mode: 'default' }>,
): ApplianceConfig {
  return configured(dlpAction, (c) => {
    c.outgoingPolicies.contentFilters = filters;
    c.outgoingPolicies.defaultPolicy.contentFilters = setting ?? { mode: 'enabled', filters: filters.map((f) => f.name) };
  });
}

const secure = (over = {}) => message({ subject: '[SEND SECURE] Lunch', text: 'Lunch at noon?', ...over });

describe('which filters run', () => {
  it('when a policy uses default settings then it runs the Default Policy filters, active ones only, in table order', () => {
    const a = filter('a', [{ type: 'drop' }]);
    const b = filter('b', [{ type: 'drop' }], { active: false });
    const c = filter('c', [{ type: 'drop' }]);
    const config = withFilters([a, b, c], undefined, { mode: 'enabled', filters: ['c', 'b', 'a'] });
    config.outgoingPolicies.policies = [{ name: 'Sales', senders: ['@example.com'], recipients: [], dlp: { mode: 'default' } }];
    expect(contentFiltersFor(config, 'Sales').map((f) => f.name)).toEqual(['a', 'c']);
    config.outgoingPolicies.policies[0].contentFilters = { mode: 'disabled' };
    expect(contentFiltersFor(config, 'Sales')).toEqual([]);
  });

  it('when the configuration has no content filter fields (an older export) then nothing runs and the log is unchanged', async () => {
    const out = await processMessage(secure(), deps(configured(action('Deliver'))));
    expect(texts(out).some((t) => t.includes('content filter'))).toBe(false);
    expect(out.traces[0].steps.map((s) => s.stage)).toEqual(['receive', 'policy', 'dlp', 'deliver']);
  });
});

describe('Encrypt on Delivery (non-final)', () => {
  it('when the subject carries [SEND SECURE] then the filter is logged, DLP still runs and the message is encrypted at delivery', async () => {
    const dlp = fakeDlp();
    const out = await processMessage(secure(), deps(withFilters([filter('send_secure', [encryptOnDelivery])]), { evaluateDlp: dlp }));
    expect(dlp.calls).toBe(1);
    const log = texts(out);
    const at = (s: string) => log.findIndex((t) => t.includes(s));
    expect(log).toContain("MID 1 matched outgoing content filter 'send_secure'");
    expect(log).toContain("MID 1 content filter 'send_secure' action Encrypt on Delivery with encryption profile 'CRES_MED'");
    expect(at('content filter')).toBeLessThan(at('DLP no violation'));
    expect(at('DLP no violation')).toBeLessThan(at('enqueued for encryption'));
    expect(out.records[0].contentFilters).toEqual(['send_secure']);
    expect(out.records[0].eventTypes).toContain('encrypted');
    expect(out.deliveries.map((d) => [d.address, d.kind])).toEqual([['bob@partner.example', 'encrypted']]);
    expect(out.traces[0].steps.map((s) => s.stage)).toEqual(['receive', 'policy', 'filters', 'dlp', 'encrypt', 'deliver']);
  });

  it('when the subject has no flag then the filter does not match and the message goes in the clear', async () => {
    const out = await processMessage(message({ text: 'Lunch?' }), deps(withFilters([filter('send_secure', [encryptOnDelivery])])));
    expect(out.deliveries.map((d) => d.kind)).toEqual(['message']);
    expect(out.traces[0].steps.find((s) => s.stage === 'filters')?.detail).toBe('No match (1 filter checked)');
  });

  it('when a later filter adds a header then both filters run, in order, and the header is delivered', async () => {
    const tag = filter('tag', [{ type: 'add-header', header: 'X-Secure', value: 'yes' }]);
    const out = await processMessage(secure(), deps(withFilters([filter('send_secure', [encryptOnDelivery]), tag])));
    expect(out.records[0].contentFilters).toEqual(['send_secure', 'tag']);
    expect(texts(out)).toContain("MID 1 header 'X-Secure' added by content filter 'tag'");
  });

  it('when an earlier filter adds a header then a later filter sees it', async () => {
    const tag = filter('tag', [{ type: 'add-header', header: 'X-Secure', value: 'yes' }]);
    const byHeader = filter('by_header', [encryptOnDelivery], {
      conditions: [{ type: 'header', header: 'X-Secure', match: 'contains', value: 'yes', negate: false }],
    });
    const out = await processMessage(secure(), deps(withFilters([tag, byHeader])));
    expect(out.records[0].contentFilters).toEqual(['tag', 'by_header']);
    expect(out.deliveries[0].kind).toBe('encrypted');
  });
});

describe('final actions', () => {
  it('when Encrypt and Deliver Now matches then later filters and DLP do not run, even for a card number DLP would drop', async () => {
    const dlp = fakeDlp();
    const now = filter('now', [{ ...encryptOnDelivery, type: 'encrypt-deliver-now' }]);
    const later = filter('later', [{ type: 'add-header', header: 'X-Later', value: '1' }]);
    const out = await processMessage(
      secure({ text: 'Visa 4111 1111 1111 1111' }),
      deps(withFilters([now, later], action('Drop', { primary: { kind: 'drop' } })), { evaluateDlp: dlp }),
    );
    expect(dlp.calls).toBe(0);
    expect(out.records[0].contentFilters).toEqual(['now']);
    expect(texts(out)).toContain("MID 1 DLP not evaluated: content filter 'now' took the final action Encrypt and Deliver Now");
    expect(out.deliveries.map((d) => d.kind)).toEqual(['encrypted']);
  });

  it('when a filter drops the message then nothing is delivered and DLP does not run', async () => {
    const dlp = fakeDlp();
    const out = await processMessage(
      secure(),
      deps(withFilters([filter('block', [{ type: 'drop' }, encryptOnDelivery])]), { evaluateDlp: dlp }),
    );
    expect(dlp.calls).toBe(0);
    expect(out.deliveries).toEqual([]);
    expect(out.records[0].eventTypes).toEqual(['dropped']);
    expect(texts(out).filter((t) => t.includes('Encrypt on Delivery'))).toEqual([]);
  });

  it('when Skip Remaining Content Filters matches then later filters do not run but DLP does', async () => {
    const dlp = fakeDlp();
    const skip = filter('skip', [{ type: 'skip-remaining' }]);
    const out = await processMessage(secure(), deps(withFilters([skip, filter('drop', [{ type: 'drop' }])]), { evaluateDlp: dlp }));
    expect(dlp.calls).toBe(1);
    expect(out.records[0].contentFilters).toEqual(['skip']);
    expect(out.deliveries.map((d) => d.kind)).toEqual(['message']);
  });
});

describe('interplay with DLP message actions', () => {
  it('when DLP drops a message flagged for encryption then it is dropped', async () => {
    const out = await processMessage(
      secure({ text: 'Visa 4111 1111 1111 1111' }),
      deps(withFilters([filter('send_secure', [encryptOnDelivery])], action('Drop', { primary: { kind: 'drop' } }))),
    );
    expect(out.deliveries).toEqual([]);
    expect(out.records[0].eventTypes).toEqual(['dlp-violation', 'dropped']);
  });

  it('when the DLP action delivers without encryption then the filter flag still encrypts', async () => {
    const out = await processMessage(
      secure({ text: 'Visa 4111 1111 1111 1111' }),
      deps(withFilters([filter('send_secure', [encryptOnDelivery])])),
    );
    expect(out.deliveries.map((d) => d.kind)).toEqual(['encrypted']);
  });

  it('when the DLP action sets its own encryption then it wins (the later flag)', async () => {
    const dlpEncrypts = action('Encrypt', { encryption: { rule: 'always', profile: 'CRES_MED', subject: '[DLP] $Subject' } });
    const out = await processMessage(
      secure({ text: 'Visa 4111 1111 1111 1111' }),
      deps(withFilters([filter('send_secure', [{ ...encryptOnDelivery, subject: '[CF] $Subject' }])], dlpEncrypts)),
    );
    expect(out.deliveries.map((d) => d.subject)).toEqual(['[DLP] [SEND SECURE] Lunch']);
  });

  it('when a filter quarantines then DLP does not run and release resumes with the filter encryption', async () => {
    const dlp = fakeDlp();
    const hold = filter('hold', [encryptOnDelivery, { type: 'quarantine', quarantine: 'DLP' }]);
    const out = await processMessage(secure(), deps(withFilters([hold]), { evaluateDlp: dlp }));
    expect(dlp.calls).toBe(0);
    expect(out.quarantined.map((q) => [q.quarantine, q.reason, q.resume.encryption?.profile])).toEqual([
      ['DLP', "Content filter 'hold'", 'CRES_MED'],
    ]);
    expect(texts(out)).toContain(`MID 1 quarantined to "DLP" by content filter 'hold'`);
  });

  it('when a filter notifies then the notice goes to the sender and the message goes on', async () => {
    const notify = filter('tell', [
      { type: 'notify', toSender: true, addresses: ['sec@example.com'], subject: 'Flagged: $Subject', template: null },
    ]);
    const out = await processMessage(secure(), deps(withFilters([notify])));
    expect(out.deliveries.map((d) => [d.address, d.kind, d.subject])).toEqual([
      ['alice@example.com', 'filter-notification', 'Flagged: [SEND SECURE] Lunch'],
      ['sec@example.com', 'filter-notification', 'Flagged: [SEND SECURE] Lunch'],
      ['bob@partner.example', 'message', '[SEND SECURE] Lunch'],
    ]);
  });
});

describe('Submit checks', () => {
  const check = (c: ApplianceConfig) => {
    const r = applianceConfigSchema.safeParse(c);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  it('when a filter is valid then the configuration passes', () => {
    expect(check(withFilters([filter('send_secure', [encryptOnDelivery])]))).toEqual([]);
  });
  it.each([
    [
      'a profile that does not exist',
      filter('f', [{ ...encryptOnDelivery, profile: 'Nope' }]),
      'outgoingPolicies.contentFilters.0.actions.0.profile: Encryption profile “Nope” does not exist.',
    ],
    [
      'a regex that does not compile',
      filter('f', [{ type: 'drop' }], { conditions: [{ ...SECURE, match: 'regex', value: '(a' }] }),
      'outgoingPolicies.contentFilters.0.conditions.0.value',
    ],
    ['a name with a space', filter('send secure', [{ type: 'drop' }]), 'outgoingPolicies.contentFilters.0.name'],
    ['no action', filter('f', []), 'outgoingPolicies.contentFilters.0.actions: Add at least one action.'],
  ])('when a filter has %s then Submit refuses it, at that field', (_, f, expected) => {
    expect(check(withFilters([f])).join('\n')).toContain(expected);
  });
  it('when a policy enables a filter that does not exist then Submit refuses it', () => {
    const c = withFilters([], undefined, { mode: 'enabled', filters: ['gone'] });
    expect(check(c)).toEqual(['outgoingPolicies.defaultPolicy.contentFilters.filters.0: Content filter “gone” does not exist.']);
  });
});
