/**
 * The traffic generator: deterministic by seed, timestamps inside the span and in order, options
 * checked, and content that DLP classifies as intended — every message generated as sensitive
 * violates a sample template policy, every other one (near-misses included) stays clean.
 */
import { describe, expect, it } from 'vitest';
import { createPolicyFromTemplate, evaluatePolicies } from '../../../src/engine/dlp/index.ts';
import { SAMPLE_TEMPLATES } from '../../../src/engine/mailflow/samples.ts';
import {
  checkTrafficOptions,
  DEFAULT_TRAFFIC,
  mulberry32,
  trafficMessage,
  type TrafficOptions,
} from '../../../src/engine/mailflow/traffic.ts';

const END = Date.UTC(2026, 0, 12, 9);
const options = (over: Partial<TrafficOptions> = {}): TrafficOptions => {
  const r = checkTrafficOptions({ ...DEFAULT_TRAFFIC, ...over });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
const run = (o: TrafficOptions) => Array.from({ length: o.count }, (_, i) => trafficMessage(o, i, END));

describe('traffic generator', () => {
  it('when the same seed is used twice then the messages are identical', () => {
    const o = options({ count: 300, seed: 7 });
    expect(run(o)).toEqual(run(o));
  });

  it('when the seed differs then the messages differ', () => {
    const a = run(options({ count: 50, seed: 7 }));
    const b = run(options({ count: 50, seed: 8 }));
    expect(a.map((m) => m.message.text)).not.toEqual(b.map((m) => m.message.text));
  });

  it('when message i is built alone then it equals message i of the whole run (batches can be built independently)', () => {
    const o = options({ count: 600, seed: 3 });
    expect(trafficMessage(o, 417, END)).toEqual(run(o)[417]);
  });

  it('when a span is given then the timestamps rise, stay inside it and never pass the end', () => {
    const o = options({ count: 500, spanMs: 3_600_000 });
    const times = run(o).map((m) => m.at);
    expect(times.every((t, i) => i === 0 || t >= times[i - 1])).toBe(true);
    expect(Math.min(...times)).toBeGreaterThanOrEqual(END - 3_600_000);
    expect(Math.max(...times)).toBeLessThanOrEqual(END);
  });

  it('when the span is zero then every message is received at the end time', () => {
    expect(run(options({ count: 20, spanMs: 0 })).every((m) => m.at === END)).toBe(true);
  });

  it('when senders and recipient domains are given then only they are used', () => {
    const o = options({ count: 200, senders: ['a@example.com', 'b@example.com'], recipients: ['partner.example', 'carol@bank.example'] });
    for (const m of run(o)) {
      expect(['a@example.com', 'b@example.com']).toContain(m.message.envelopeFrom);
      for (const r of m.message.recipients) expect(r === 'carol@bank.example' || r.endsWith('@partner.example')).toBe(true);
    }
  });

  it('when the sensitive share is 0 or 1 then none or all messages are sensitive', () => {
    expect(run(options({ count: 100, sensitiveShare: 0 })).some((m) => m.sensitive)).toBe(false);
    expect(run(options({ count: 100, sensitiveShare: 1 })).every((m) => m.sensitive)).toBe(true);
  });

  it.each([
    [{ count: 0 }, 'count'],
    [{ count: 100_001 }, 'count'],
    [{ count: 1.5 }, 'count'],
    [{ senders: [] }, 'senders'],
    [{ senders: ['not an address'] }, 'senders'],
    [{ recipients: ['bad domain'] }, 'recipients'],
    [{ sensitiveShare: 1.2 }, 'sensitiveShare'],
    [{ spanMs: -1 }, 'spanMs'],
    [{ spanMs: 91 * 86_400_000 }, 'spanMs'],
  ] as const)('when the options are %j then the %s field is reported', (over, path) => {
    const r = checkTrafficOptions({ ...DEFAULT_TRAFFIC, ...over } as TrafficOptions);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.issues?.map((i) => i.path)).toContain(path);
  });

  it('when mulberry32 is seeded then its stream is reproducible and in [0, 1)', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('when DLP evaluates the traffic then exactly the sensitive messages violate (near-misses stay clean)', async () => {
    const policies = SAMPLE_TEMPLATES.map((id) => createPolicyFromTemplate(id, undefined, 'Deliver'));
    const o = options({ count: 600, seed: 11, sensitiveShare: 0.5 });
    const kinds = new Set<string>();
    for (const t of run(o)) {
      const m = t.message;
      const verdicts = await evaluatePolicies(
        policies,
        {
          subject: m.subject,
          text: m.text,
          html: m.html,
          attachments: m.attachments.map((a) => ({ ...a })),
          sender: m.envelopeFrom,
          recipients: [...m.recipients],
        },
        { customClassifiers: [], dictionaries: [] },
      );
      const violated = verdicts.filter((v) => v.violated).map((v) => v.policy);
      expect({ kind: t.kind, index: t.index, violated: violated.length > 0 }).toEqual({
        kind: t.kind,
        index: t.index,
        violated: t.sensitive,
      });
      kinds.add(t.kind);
    }
    expect([...kinds].sort()).toEqual(['business', 'card', 'iban', 'near-miss', 'patient', 'sample', 'ssn', 'wire']);
  });
});
