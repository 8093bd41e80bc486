import { describe, expect, it } from 'vitest';
import { MINUTE } from '../../../src/engine/clock.ts';
import { bouncesAt, retryQueued } from '../../../src/engine/mailflow/encryption-queue.ts';
import { processMessage } from '../../../src/engine/mailflow/pipeline.ts';
import { counters, type Encryptor } from '../../../src/engine/mailflow/ports.ts';
import { action, AT, configured, deps, fakeEncrypt, message } from './helpers.ts';

const unreachable: Encryptor = async () => ({ ok: false, retry: true, reason: 'the key server res.cisco.com did not answer' });
const refused: Encryptor = async () => ({ ok: false, reason: 'Profile “CRES_MED” has not been provisioned.' });
const config = configured(action('Encrypt', { encryption: { rule: 'always', profile: 'CRES_MED', subject: '$Subject' } }), (c) => {
  c.encryption.profiles[0] = { ...c.encryption.profiles[0], queueTimeoutSeconds: 3600 };
});
const texts = (r: { events: { text: string }[] }) => r.events.map((e) => e.text);

/** A message sent while the key server does not answer: the outcome with its queued item. */
async function queuedOne() {
  const out = await processMessage(message(), deps(config, { encrypt: unreachable }));
  return { out, record: out.records[0], item: out.queued[0] };
}

describe('the encryption queue', () => {
  it('when the key server does not answer then the message waits in the queue, nothing is delivered and it is not finished', async () => {
    const { out, record, item } = await queuedOne();
    expect(out.deliveries).toEqual([]);
    expect(out.queued.map((q) => [q.mid, q.recipients, q.attempts, q.queuedAt])).toEqual([[1, ['bob@partner.example'], 0, AT]]);
    expect(texts(record)).toContain(
      "MID 1 held in the encryption queue: the key server res.cisco.com did not answer; the appliance will retry until the profile's Encryption Queue Timeout",
    );
    expect(texts(record).some((t) => t.startsWith('Message finished'))).toBe(false);
    expect(out.traces[0].steps.at(-1)).toMatchObject({ stage: 'deliver', status: 'queued', detail: 'Waiting in the encryption queue' });
    expect(bouncesAt(item, { config })).toBe(AT + 3600_000);
  });

  it('when a retry still finds the key server unreachable then the retry is logged and the message keeps waiting', async () => {
    const { record, item } = await queuedOne();
    const r = await retryQueued(item, record, deps(config, { now: AT + 10 * MINUTE, encrypt: unreachable }));
    expect(r.outcome.deliveries).toEqual([]);
    expect(r.stillQueued).toMatchObject({ mid: 1, attempts: 1, queuedAt: AT });
    expect(texts(record)).toContain(
      'MID 1 encryption retry 1 failed: the key server res.cisco.com did not answer; the message stays in the encryption queue',
    );
  });

  it('when the key server answers before the timeout then the retry encrypts and delivers', async () => {
    const { record, item } = await queuedOne();
    const r = await retryQueued(
      { ...item, attempts: 2 },
      record,
      deps(config, { now: AT + 59 * MINUTE, encrypt: fakeEncrypt, ids: counters({ mid: 1, icid: 1, dcid: 0 }) }),
    );
    expect(r.stillQueued).toBeNull();
    expect(r.outcome.deliveries.map((d) => [d.address, d.kind, d.mid])).toEqual([['bob@partner.example', 'encrypted', 2]]);
    expect(texts(record)).toEqual(
      expect.arrayContaining([
        'MID 1 encryption retry 3: the key server answered',
        "MID 1 rewritten to MID 2 by encryption (profile 'CRES_MED')",
        'Message finished MID 1 done',
      ]),
    );
    expect(record.eventTypes).toEqual(expect.arrayContaining(['encrypted', 'delivered']));
  });

  it.each([
    ['exactly at the timeout', 60 * MINUTE],
    ['after the timeout', 5 * 60 * MINUTE],
  ])('when the clock reaches %s then the message bounces and the sender is notified, even if the key server is back', async (_, after) => {
    const { record, item } = await queuedOne();
    const r = await retryQueued(
      item,
      record,
      deps(config, { now: AT + after, encrypt: fakeEncrypt, ids: counters({ mid: 1, icid: 1, dcid: 0 }) }),
    );
    expect(r.stillQueued).toBeNull();
    expect(r.outcome.deliveries.map((d) => [d.address, d.kind])).toEqual([['alice@example.com', 'failure-notice']]);
    expect(r.outcome.deliveries[0].text).toContain("Encryption Queue Timeout of profile 'CRES_MED' (3600 seconds)");
    expect(texts(record)).toEqual(
      expect.arrayContaining([
        "MID 1 encryption failed: the message waited in the encryption queue longer than the Encryption Queue Timeout of profile 'CRES_MED' (3600 seconds)",
        'MID 1 bounced: encryption failed; the sender was notified',
        'Message finished MID 1 aborted',
      ]),
    );
    expect(record.eventTypes).toContain('bounced');
  });

  it('when a retry is refused for good (not a timeout) then the message bounces at once with that reason', async () => {
    const { record, item } = await queuedOne();
    const r = await retryQueued(item, record, deps(config, { now: AT + MINUTE, encrypt: refused }));
    expect(r.stillQueued).toBeNull();
    expect(r.outcome.deliveries.map((d) => d.kind)).toEqual(['failure-notice']);
    expect(texts(record)).toContain('MID 1 encryption failed: Profile “CRES_MED” has not been provisioned.');
  });

  it('when the profile was deleted meanwhile then the default 4-hour timeout applies', async () => {
    const { item } = await queuedOne();
    const gone = configured(action('Deliver'));
    gone.encryption.profiles = [];
    expect(bouncesAt(item, { config: gone })).toBe(AT + 14_400_000);
  });

  it('when "only if TLS fails" and TLS succeeds then nothing is queued even with the key server down', async () => {
    const tls = configured(action('Encrypt', { encryption: { rule: 'tls-failed', profile: 'CRES_MED', subject: '$Subject' } }), (c) => {
      c.destinationControls.push({ destination: 'partner.example', tls: 'preferred' });
    });
    const out = await processMessage(message(), deps(tls, { encrypt: unreachable }));
    expect(out.queued).toEqual([]);
    expect(out.deliveries.map((d) => d.kind)).toEqual(['message']);
  });
});
