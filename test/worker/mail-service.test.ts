import { readFileSync, readdirSync } from 'node:fs';
import type { SectionEntry } from '../../src/api/engine-api.ts';
import { submitEntry } from '../helpers/submit.ts';
import { describe, expect, it } from 'vitest';
import { createPolicyFromTemplate } from '../../src/engine/dlp/index.ts';
import type { MessageAction } from '../../src/engine/config/schema/index.ts';
import type { OutgoingMessage } from '../../src/engine/mailflow/types.ts';
import type { EngineApi } from '../../src/api/engine-api.ts';
import { DAY_MS, profile, readyToEncrypt } from '../engine/encryption/helpers.ts';
import { fresh } from '../helpers/fresh.ts';

const action = messageAction;

/** The seven setup steps: encryption with CRES_MED provisioned, DLP on, PCI-DSS with `act`, on the Default Policy. */
async function walkthrough(svc: EngineApi, act: MessageAction, logging = true): Promise<string> {
  await readyToEncrypt(svc, [profile('CRES_MED', { security: 'medium', readReceipts: true })]);
  const { candidate } = await svc.config.view();
  const pci = createPolicyFromTemplate('pci-dss');
  pci.actions.critical = act.name;
  const quarantines = [
    ...candidate.quarantines,
    {
      ...candidate.quarantines[0],
      name: 'DLP Quarantine',
      system: false,
      retention: { value: 1, unit: 'days' as const },
      defaultAction: 'release' as const,
    },
  ];
  for (const entry of [
    ['quarantines', quarantines],
    [
      'dlp',
      { ...candidate.dlp, enabled: true, licenseAccepted: true, matchedContentLogging: logging, messageActions: [act], policies: [pci] },
    ],
    ['outgoingPolicies', { policies: [], defaultPolicy: { dlp: { mode: 'enabled', policies: [pci.name] } } }],
  ] satisfies SectionEntry[]) {
    const r = await submitEntry(svc, entry);
    expect(r.ok, JSON.stringify(r)).toBe(true);
  }
  expect((await svc.config.commit('walkthrough')).ok).toBe(true);
  return pci.name;
}

describe('sending through the configured appliance', () => {
  it('when a card number is sent under an encrypt action then it is encrypted, tracked with matched content, and opens for the recipient', async () => {
    const { svc, db } = await fresh();
    const policy = await walkthrough(
      svc,
      action('Encrypt Medium and Deliver', { encryption: { rule: 'always', profile: 'CRES_MED', subject: '$Subject' } }),
    );
    const sent = await svc.mail.send(cardMessage());
    expect(sent.ok, JSON.stringify(sent)).toBe(true);
    const mid = sent.ok ? sent.value.mids[0] : 0;

    const found = await svc.tracking.search({ events: ['encrypted'] });
    expect(found.rows.map((r) => r.mid)).toEqual([mid]);
    const details = await svc.tracking.details(mid);
    expect(details?.record.dlp.decisive).toMatchObject({ policy, severity: 'critical', action: 'Encrypt Medium and Deliver' });
    expect(details?.record.dlp.matchedContent?.some((m) => m.text.replace(/\D/g, '') === '4111111111111111')).toBe(true);

    const [item] = await db.mailboxes.where('address').equals('bob@partner.example').toArray();
    expect(item.kind).toBe('encrypted');
    const envelope = new TextDecoder().decode(item.attachments[0].content);
    expect(envelope).not.toContain('4111');
    expect((await svc.res.register({ address: 'bob@partner.example', password: 'Correct-Horse-9', phrase: 'blue heron' })).ok).toBe(true);
    const opened = await svc.res.openEnvelope({ html: envelope, address: 'bob@partner.example', password: 'Correct-Horse-9' });
    expect(opened.ok && opened.value.content.text).toContain('4111 1111 1111 1111');
    const receipts = await db.mailboxes.where('address').equals('alice@example.com').toArray();
    expect(receipts.map((r) => r.kind)).toEqual(['read-receipt']);
  });

  it('when the message is over the maximum size to encrypt then it is not delivered in clear and tracking says why', async () => {
    const { svc, db } = await fresh();
    await walkthrough(svc, action('Encrypt', { encryption: { rule: 'always', profile: 'CRES_MED', subject: '$Subject' } }));
    const { candidate } = await svc.config.view();
    expect((await svc.config.submit('encryption', { ...candidate.encryption, maxMessageSize: '2k' }, 'Smaller limit')).ok).toBe(true);
    await svc.config.commit('2k');
    const sent = await svc.mail.send(cardMessage({ text: `${cardMessage().text}\n${'x'.repeat(4000)}` }));
    const details = await svc.tracking.details(sent.ok ? sent.value.mids[0] : 0);
    expect(details?.record.eventTypes).toEqual(['dlp-violation', 'bounced']);
    expect(details?.record.events.map((e) => e.text).join('\n')).toMatch(/encryption failed: .*(larger|exceeds|size)/i);
    const mail = await db.mailboxes.toArray();
    expect(mail.map((m) => [m.address, m.kind])).toEqual([['alice@example.com', 'failure-notice']]);
  });

  it('when matched content logging is off then tracking shows the violation without the content', async () => {
    const { svc } = await fresh();
    await walkthrough(svc, action('Deliver'), false);
    const sent = await svc.mail.send(cardMessage());
    const details = await svc.tracking.details(sent.ok ? sent.value.mids[0] : 0);
    expect(details?.record.dlp.decisive?.severity).toBe('critical');
    expect(details?.record.dlp.matchedContent).toBeNull();
  });

  it('when a message is quarantined then it is released by the administrator or by the retention period', async () => {
    const { svc, db } = await fresh();
    await walkthrough(svc, action('Hold', { primary: { kind: 'quarantine', quarantine: 'DLP Quarantine' } }));
    await svc.mail.send(cardMessage());
    await svc.mail.send(cardMessage({ subject: 'Second card' }));
    const held = await svc.quarantine.list('DLP Quarantine');
    expect(held).toHaveLength(2);
    expect(await db.mailboxes.count()).toBe(0);

    expect((await svc.quarantine.release(held[0].id!)).ok).toBe(true);
    expect((await db.mailboxes.toArray()).map((m) => m.subject)).toEqual(['Payment details']);
    expect((await svc.tracking.details(held[0].mid))?.record.eventTypes).toEqual(['dlp-violation', 'quarantined', 'released', 'delivered']);

    await svc.clock.advance(DAY_MS);
    expect(await svc.quarantine.list()).toEqual([]);
    expect((await db.mailboxes.toArray()).map((m) => m.subject)).toEqual(['Payment details', 'Second card']);
  });

  it('when a quarantined message is deleted then it is never delivered', async () => {
    const { svc, db } = await fresh();
    await walkthrough(svc, action('Hold', { primary: { kind: 'quarantine', quarantine: 'DLP Quarantine' } }));
    await svc.mail.send(cardMessage());
    const [item] = await svc.quarantine.list();
    expect((await svc.quarantine.delete(item.id!)).ok).toBe(true);
    await svc.clock.advance(2 * DAY_MS);
    expect(await db.mailboxes.count()).toBe(0);
    expect((await svc.tracking.details(item.mid))?.record.eventTypes).toContain('deleted');
  });

  it('when a message is checked with a dry run then nothing is stored', async () => {
    const { svc, db } = await fresh();
    await walkthrough(svc, action('Encrypt', { encryption: { rule: 'always', profile: 'CRES_MED', subject: '$Subject' } }));
    const r = await svc.mail.dryRun(cardMessage());
    expect(r.ok && r.value.traces[0].steps.map((s) => `${s.stage}:${s.status}`)).toEqual([
      'receive:ok',
      'policy:ok',
      'dlp:violation',
      'action:ok',
      'encrypt:encrypted',
      'deliver:ok',
    ]);
    expect(await db.tracking.count()).toBe(0);
    expect(await db.mailboxes.count()).toBe(0);
    expect(await db.resMessages.count()).toBe(0);
  });

  it('when a message has no valid sender or recipients then it is refused with each problem', async () => {
    const { svc, db } = await fresh();
    const r = await svc.mail.send(cardMessage({ envelopeFrom: 'not-an-address', recipients: ['ok@example.com', 'bad@'] }));
    expect(r).toMatchObject({ ok: false, error: { code: 'mail.invalid' } });
    expect(!r.ok && r.error.issues?.map((i) => i.path)).toEqual(['envelopeFrom', 'recipients']);
    expect(await db.tracking.count()).toBe(0);
  });

  it('when an oversized message is sent then it is refused', async () => {
    const { svc } = await fresh();
    const big = new Uint8Array(21 * 1024 * 1024);
    const r = await svc.mail.send(
      cardMessage({ attachments: [{ filename: 'big.bin', contentType: 'application/octet-stream', content: big }] }),
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'mail.invalid', issues: [{ path: 'size' }] } });
  });
});

describe('.eml files', () => {
  const dir = new URL('../fixtures/corpus/eml/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.eml'));

  it.each(files)('when %s is imported then it parses and round-trips through .eml export', async (file) => {
    const { svc } = await fresh();
    const r = await svc.mail.importEml(new Uint8Array(readFileSync(new URL(file, dir))));
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    const again = await svc.mail.importEml(buildFrom(r.value));
    expect(again.ok && again.value.attachments.map((a) => a.filename)).toEqual(r.value.attachments.map((a) => a.filename));
    expect(again.ok && again.value.subject).toBe(r.value.subject);
  });

  it('when a file is not an email then it is refused with a reason', async () => {
    const { svc } = await fresh();
    expect(await svc.mail.importEml('{"json": true}')).toMatchObject({ ok: false, error: { code: 'mail.eml-broken' } });
    expect(await svc.mail.importEml('')).toMatchObject({ ok: false, error: { code: 'mail.eml-empty' } });
  });

  it('when a sent message is exported then the .eml carries its headers and attachments', async () => {
    const { svc } = await fresh();
    const sent = await svc.mail.send(
      cardMessage({
        attachments: [{ filename: 'card.txt', contentType: 'text/plain', content: new TextEncoder().encode('4111 1111 1111 1111') }],
      }),
    );
    const file = await svc.mail.exportEml({ mid: sent.ok ? sent.value.mids[0] : 0 });
    expect(file.ok && file.value.fileName).toBe('MID-1.eml');
    const back = await svc.mail.importEml(file.ok ? file.value.text : '');
    expect(back.ok && back.value.attachments[0].filename).toBe('card.txt');
    expect(back.ok && back.value.subject).toBe('Payment details');
  });
});

import { buildEml } from '../../src/engine/mailflow/mime.ts';
import { messageAction } from '../helpers/message-action.ts';
import { cardMessage } from '../helpers/card-message.ts';
const buildFrom = (m: OutgoingMessage) => buildEml(m, Date.UTC(2026, 0, 12));
