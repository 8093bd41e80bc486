/** Test helpers for the mail flow: a configured appliance, a message, and fake DLP/encryption ports. */
import { defaultConfig, defaultEncryptionProfile } from '../../../src/engine/config/defaults.ts';
import type { ApplianceConfig, DlpPolicy, MessageAction } from '../../../src/engine/config/schema/index.ts';
import type { PolicyVerdict, ScannableMessage, SeverityLevel } from '../../../src/engine/dlp/types.ts';
import { counters, type DlpEvaluator, type Encryptor, type PipelineDeps } from '../../../src/engine/mailflow/ports.ts';
import type { OutgoingMessage } from '../../../src/engine/mailflow/types.ts';
import { messageAction } from '../../helpers/message-action.ts';

export const AT = Date.UTC(2026, 0, 12, 9);

/** A message action (Deliver unless `over` says otherwise). */
export const action = messageAction;

export function policy(name: string, critical: string, over: Partial<DlpPolicy> = {}): DlpPolicy {
  return {
    name,
    description: '',
    enabled: true,
    template: 'pci-dss',
    classifiers: [{ classifier: 'credit-card', customPattern: '', customPhrases: [] }],
    minimumTotalScore: 0,
    senders: null,
    recipients: null,
    attachments: null,
    scale: { low: 10, medium: 40, high: 60, critical: 90 },
    actions: { critical, high: null, medium: null, low: null },
    ...over,
  };
}

/** DLP on, matched content logging on, one policy with the given action, enabled on the Default Policy. */
export function configured(act: MessageAction, mutate?: (c: ApplianceConfig) => void): ApplianceConfig {
  const c = defaultConfig();
  c.encryption = {
    ...c.encryption,
    enabled: true,
    licenseAccepted: true,
    adminEmail: 'admin@example.com',
    profiles: [{ ...defaultEncryptionProfile('CRES_MED'), security: 'medium' }],
  };
  c.quarantines.push({ ...c.quarantines[0], name: 'DLP', system: false, retention: { value: 2, unit: 'days' }, defaultAction: 'release' });
  c.textResources.push({
    name: 'DLP Notice',
    type: 'dlp-notification',
    text: 'Policy $DLPPolicy ($DLPSeverity, risk $DLPRiskFactor) on "$Subject" MID $MID',
  });
  c.textResources.push({ name: 'Confidential', type: 'disclaimer', text: 'CONFIDENTIAL' });
  c.dlp = {
    ...c.dlp,
    enabled: true,
    licenseAccepted: true,
    matchedContentLogging: true,
    messageActions: [act],
    policies: [policy('PCI', act.name)],
  };
  c.outgoingPolicies.defaultPolicy.dlp = { mode: 'enabled', policies: ['PCI'] };
  mutate?.(c);
  return c;
}

export function message(over: Partial<OutgoingMessage> = {}): OutgoingMessage {
  return {
    envelopeFrom: 'alice@example.com',
    recipients: ['bob@partner.example'],
    from: 'Alice <alice@example.com>',
    to: ['bob@partner.example'],
    cc: [],
    subject: 'Card for the order',
    text: 'Visa 4111 1111 1111 1111 exp 01/29',
    html: '',
    attachments: [],
    headers: {},
    messageId: '<m1@example.com>',
    ...over,
  };
}

/** A DLP evaluator that finds a violation in any message whose text contains "4111". */
export function fakeDlp(severity: SeverityLevel = 'critical', riskFactor = 95): DlpEvaluator & { calls: number } {
  const fn = (async (policies: DlpPolicy[], msg: ScannableMessage) => {
    fn.calls += 1;
    const hit = msg.text.includes('4111') || msg.subject.includes('4111');
    return policies.map((p): PolicyVerdict => ({
      policy: p.name,
      template: p.template,
      applicable: true,
      skippedBecause: null,
      riskFactor: hit ? riskFactor : 0,
      severity: hit ? severity : 'ignore',
      violated: hit && severity !== 'ignore',
      action: hit ? (p.actions[severity === 'ignore' ? 'critical' : severity] ?? p.actions.critical) : null,
      classifiers: hit
        ? [
            {
              classifier: 'credit-card',
              riskFactor,
              summary: 'card',
              matches: [
                {
                  classifier: 'credit-card',
                  part: 'body',
                  partName: 'Body (text)',
                  start: 5,
                  end: 24,
                  text: '4111 1111 1111 1111',
                  before: 'Visa ',
                  after: ' exp 01/29',
                  score: 95,
                  explanation: { pattern: 'p', validation: 'Luhn', contextWords: ['visa'], supporting: [], baseScore: 50, score: 95 },
                },
              ],
            },
          ]
        : [],
      notes: [],
    }));
  }) as unknown as DlpEvaluator & { calls: number };
  fn.calls = 0;
  return fn;
}

export const fakeEncrypt: Encryptor = async (req) => ({
  ok: true,
  resMessageId: `res-${req.mid}`,
  notification: {
    from: req.message.from,
    subject: req.subject,
    text: 'You have received a secure message',
    html: '',
    attachments: [
      { filename: 'securedoc_20260112T090000.html', contentType: 'text/html', content: new TextEncoder().encode('<html>envelope</html>') },
    ],
  },
});

export function deps(config: ApplianceConfig, over: Partial<PipelineDeps> = {}): PipelineDeps {
  return { config, now: AT, ids: counters({ mid: 0, icid: 0, dcid: 0 }), evaluateDlp: fakeDlp(), encrypt: fakeEncrypt, ...over };
}
