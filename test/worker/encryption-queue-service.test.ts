import { describe, expect, it } from 'vitest';
import type { EngineApi, SectionEntry } from '../../src/api/engine-api.ts';
import { HOUR, MINUTE } from '../../src/engine/clock.ts';
import { createPolicyFromTemplate } from '../../src/engine/dlp/index.ts';
import { profile, readyToEncrypt } from '../engine/encryption/helpers.ts';
import { fresh } from '../helpers/fresh.ts';
import { messageAction } from '../helpers/message-action.ts';
import { submitEntry } from '../helpers/submit.ts';
import { cardMessage } from '../helpers/card-message.ts';

/** Encryption with CRES_MED provisioned (queue timeout one hour) and PCI-DSS encrypting on the Default Policy. */
async function encrypting(svc: EngineApi): Promise<void> {
  await readyToEncrypt(svc, [profile('CRES_MED', { security: 'medium', queueTimeoutSeconds: 3600 })]);
  const { candidate } = await svc.config.view();
  const act = messageAction('Encrypt', { encryption: { rule: 'always', profile: 'CRES_MED', subject: '$Subject' } });
  const pci = createPolicyFromTemplate('pci-dss');
  pci.actions.critical = act.name;
  for (const entry of [
    ['dlp', { ...candidate.dlp, enabled: true, licenseAccepted: true, messageActions: [act], policies: [pci] }],
    ['outgoingPolicies', { policies: [], defaultPolicy: { dlp: { mode: 'enabled', policies: [pci.name] } } }],
  ] satisfies SectionEntry[]) {
    const r = await submitEntry(svc, entry);
    expect(r.ok, JSON.stringify(r)).toBe(true);
  }
  expect((await svc.config.commit('encrypting')).ok).toBe(true);
}

async function setUp() {
  const { db, svc } = await fresh();
  await encrypting(svc);
  expect(await svc.res.setReachable(false)).toEqual({ reachable: false, delivered: 0 });
  const sent = await svc.mail.send(cardMessage());
  if (!sent.ok) throw new Error(JSON.stringify(sent));
  const mid = sent.value.mids[0];
  const events = async () => (await svc.tracking.details(mid))!.record.events.map((e) => e.text);
  const kinds = async () => (await db.mailboxes.toArray()).map((m) => `${m.address}:${m.kind}`);
  return { db, svc, mid, events, kinds };
}

describe('RES unreachable: the encryption queue on the simulated clock', () => {
  it('when the key service is unreachable then the message is queued, not delivered, and listed with when it bounces', async () => {
    const { svc, mid, events, kinds } = await setUp();
    expect(await svc.res.reachable()).toBe(false);
    expect(await kinds()).toEqual([]);
    const [row] = await svc.encryption.queue();
    expect(row).toMatchObject({ mid, profile: 'CRES_MED', attempts: 0, recipients: ['bob@partner.example'] });
    expect(row.bouncesAt - row.queuedAt).toBe(HOUR);
    expect((await events()).join('\n')).toMatch(/held in the encryption queue: the key server res.cisco.com did not answer/);
  });

  it('when the clock moves before the timeout then each move is a retry logged in tracking, and the message keeps waiting', async () => {
    const { svc, events, kinds } = await setUp();
    await svc.clock.advance(10 * MINUTE);
    await svc.clock.advance(20 * MINUTE);
    expect((await events()).filter((t) => /encryption retry \d failed/.test(t))).toHaveLength(2);
    expect((await svc.encryption.queue())[0].attempts).toBe(2);
    expect(await kinds()).toEqual([]);
  });

  it('when the clock passes the queue timeout then the message bounces, the sender is notified and the queue is empty', async () => {
    const { svc, mid, events, kinds } = await setUp();
    await svc.clock.advance(30 * MINUTE);
    await svc.clock.advance(30 * MINUTE);
    expect(await kinds()).toEqual(['alice@example.com:failure-notice']);
    expect(await svc.encryption.queue()).toEqual([]);
    const log = (await events()).join('\n');
    expect(log).toMatch(/retry 1 failed/);
    expect(log).toMatch(/longer than the Encryption Queue Timeout of profile 'CRES_MED' \(3600 seconds\)/);
    expect(log).toMatch(new RegExp(`MID ${mid} bounced: encryption failed; the sender was notified`));
    expect((await svc.tracking.search({ events: ['bounced'] })).rows.map((r) => r.mid)).toContain(mid);
  });

  it('when the key service is switched back on before the timeout then the queued message is encrypted and delivered at once', async () => {
    const { svc, events, kinds } = await setUp();
    await svc.clock.advance(30 * MINUTE);
    expect(await svc.res.setReachable(true)).toEqual({ reachable: true, delivered: 1 });
    expect(await kinds()).toEqual(['bob@partner.example:encrypted']);
    expect(await svc.encryption.queue()).toEqual([]);
    expect((await events()).join('\n')).toMatch(/retry 2: the key server answered[\s\S]*Message finished MID \d+ done/);
    // Nothing left to bounce later.
    await svc.clock.advance(2 * HOUR);
    expect(await kinds()).toEqual(['bob@partner.example:encrypted']);
  });

  it('when the key service answers then mail is encrypted at once and nothing is queued', async () => {
    const { db, svc } = await fresh();
    await encrypting(svc);
    expect(await svc.res.reachable()).toBe(true);
    expect((await svc.mail.send(cardMessage())).ok).toBe(true);
    expect(await svc.encryption.queue()).toEqual([]);
    expect((await db.mailboxes.toArray()).map((m) => m.kind)).toEqual(['encrypted']);
  });
});
