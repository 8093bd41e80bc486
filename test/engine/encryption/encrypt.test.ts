import { describe, expect, it } from 'vitest';
import { SIMULATION_EPOCH } from '../../../src/engine/clock.ts';
import { decryptEnvelope } from '../../../src/engine/encryption/decrypt.ts';
import { encryptMessage, type EncryptInput } from '../../../src/engine/encryption/encrypt.ts';
import { parseEnvelopeHtml } from '../../../src/engine/encryption/envelope.ts';
import { securedocFileName } from '../../../src/engine/encryption/envelope-html.ts';
import { FALLBACK_TEMPLATES } from '../../../src/engine/encryption/notification.ts';
import { cryptoRandom } from '../../../src/engine/encryption/random.ts';
import { MESSAGE, profile } from './helpers.ts';

const input = (changes: Partial<EncryptInput> = {}): EncryptInput => ({
  message: MESSAGE,
  profile: profile('Standard'),
  templates: FALLBACK_TEMPLATES,
  accountNumber: '310001',
  maxMessageSize: 10 * 1024 ** 2,
  hostname: 'esa1.example.com',
  ...changes,
});
const env = { now: SIMULATION_EPOCH, messageId: 'm-1', random: cryptoRandom };

describe('encryptMessage', () => {
  it.each(['ARC4', 'AES-192', 'AES-256'] as const)(
    'when encrypted with %s then the envelope opens with the stored key',
    async (algorithm) => {
      const r = await encryptMessage(input({ profile: profile('P', { algorithm }) }), env);
      if (!r.ok) throw new Error(r.error.message);
      const { notification, resKey, resMessage } = r.value;
      expect(resKey.algorithm).toBe(algorithm);
      expect(resMessage.algorithm).toBe(algorithm);
      const opened = await decryptEnvelope(parseEnvelopeHtml(notification.envelopeHtml)!, resKey);
      expect(opened).toMatchObject({ from: MESSAGE.from, subject: MESSAGE.subject, text: MESSAGE.text, html: MESSAGE.html });
      expect(opened?.attachments[0].name).toBe('figures.csv');
      expect(new TextDecoder().decode(opened?.attachments[0].data)).toBe('q,value\n1,42\n');
    },
  );

  it('when encrypted then headers stay clear and body and attachments do not appear in the envelope', async () => {
    const r = await encryptMessage(input(), env);
    if (!r.ok) throw new Error(r.error.message);
    const n = r.value.notification;
    expect(n).toMatchObject({ from: MESSAGE.from, to: MESSAGE.to, cc: MESSAGE.cc, subject: 'Quarterly figures', resMessageId: 'm-1' });
    expect(n.envelopeHtml).toContain('alice@example.com');
    expect(n.envelopeHtml).not.toContain('secret numbers');
    expect(n.envelopeHtml).not.toContain('figures.csv');
    expect(n.text).toBe('You have received a secure message from alice@example.com.\nOpen the attachment securedoc.html to read it.');
  });

  it('when the action sets an encrypted subject then $Subject is replaced by the original subject', async () => {
    const r = await encryptMessage(input({ subjectTemplate: '[SECURE] $Subject' }), env);
    expect(r.ok && r.value.notification.subject).toBe('[SECURE] Quarterly figures');
    expect(r.ok && r.value.resMessage.subject).toBe('[SECURE] Quarterly figures');
  });

  it('when the HTML template uses $From then the value is HTML-escaped', async () => {
    const templates = { ...FALLBACK_TEMPLATES, html: '<p>From $From about $Subject</p>' };
    const r = await encryptMessage(input({ templates, message: { ...MESSAGE, subject: '<b>x</b>' } }), env);
    expect(r.ok && r.value.notification.html).toBe('<p>From alice@example.com about &lt;b&gt;x&lt;/b&gt;</p>');
  });

  it('the attachment is securedoc_YYYYMMDDThhmmss.html at the simulated time (UTC)', async () => {
    const r = await encryptMessage(input(), { ...env, now: Date.UTC(2026, 5, 15, 19, 30, 43) });
    expect(r.ok && r.value.notification.attachments.map((a) => [a.name, a.contentType])).toEqual([
      ['securedoc_20260615T193043.html', 'text/html'],
    ]);
    expect(securedocFileName(SIMULATION_EPOCH)).toBe('securedoc_20260112T090000.html');
  });

  it('when the same message is encrypted twice then the keys and ciphertexts differ', async () => {
    const a = await encryptMessage(input(), env);
    const b = await encryptMessage(input(), { ...env, messageId: 'm-2' });
    if (!a.ok || !b.ok) throw new Error('failed');
    expect(a.value.resKey.key).not.toBe(b.value.resKey.key);
    expect(parseEnvelopeHtml(a.value.notification.envelopeHtml)!.data.ciphertext).not.toBe(
      parseEnvelopeHtml(b.value.notification.envelopeHtml)!.data.ciphertext,
    );
  });

  it('when the message is over the maximum size to encrypt then it is not encrypted and the sender is notified', async () => {
    const big = { ...MESSAGE, attachments: [{ name: 'big.bin', contentType: 'application/octet-stream', data: new Uint8Array(2048) }] };
    const r = await encryptMessage(input({ message: big, maxMessageSize: 1024 }), env);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('encryption.too-large');
    expect(r.failure).toMatchObject({ reason: 'too-large', limitBytes: 1024 });
    expect(r.failure.sizeBytes).toBeGreaterThan(2048);
    expect(r.failure.notification).toMatchObject({
      from: 'mailer-daemon@esa1.example.com',
      to: ['alice@example.com'],
      subject: '[ENCRYPTION FAILURE] Quarterly figures',
    });
    expect(r.failure.notification.text).toContain('could not be encrypted and was not delivered');
  });

  it('when the mail flow measured the size then that size is compared', async () => {
    expect((await encryptMessage(input({ message: { ...MESSAGE, sizeBytes: 10 * 1024 ** 2 + 1 } }), env)).ok).toBe(false);
    expect((await encryptMessage(input({ message: { ...MESSAGE, sizeBytes: 10 * 1024 ** 2 } }), env)).ok).toBe(true);
  });

  it('when bcc recipients are present then the key service knows them but the envelope does not show them', async () => {
    const r = await encryptMessage(input({ message: { ...MESSAGE, bcc: ['Dave@Partner.example'] } }), env);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.resMessage.recipients).toEqual(['bob@partner.example', 'carol@partner.example', 'dave@partner.example']);
    expect(r.value.notification.envelopeHtml.toLowerCase()).not.toContain('dave@');
  });

  it('the metadata records the profile settings for the key service', async () => {
    const p = profile('Strict', {
      security: 'medium',
      readReceipts: false,
      secureReplyAll: true,
      secureForwarding: true,
      algorithm: 'ARC4',
    });
    const r = await encryptMessage(input({ profile: p }), env);
    expect(r.ok && r.value.resMessage).toMatchObject({
      id: 'm-1',
      accountNumber: '310001',
      sender: 'alice@example.com',
      sentAt: SIMULATION_EPOCH,
      profileName: 'Strict',
      security: 'medium',
      algorithm: 'ARC4',
      readReceipts: false,
      allowReplyAll: true,
      allowForward: true,
      origin: 'appliance',
      lockedAt: null,
      expiresAt: null,
      opens: [],
      receipts: [],
    });
  });
});
