import { describe, expect, it } from 'vitest';
import { SIMULATION_EPOCH } from '../../../src/engine/clock.ts';
import { encryptMessage } from '../../../src/engine/encryption/encrypt.ts';
import { parseEnvelopeHtml } from '../../../src/engine/encryption/envelope.ts';
import { FALLBACK_TEMPLATES } from '../../../src/engine/encryption/notification.ts';
import { cryptoRandom } from '../../../src/engine/encryption/random.ts';
import { MESSAGE, profile } from './helpers.ts';

async function envelopeHtml(changes = {}): Promise<string> {
  const r = await encryptMessage(
    {
      message: { ...MESSAGE, ...changes },
      profile: profile('P', { security: 'medium', logoLink: 'https://www.example.com/' }),
      templates: FALLBACK_TEMPLATES,
      accountNumber: '310001',
      maxMessageSize: 1e7,
      hostname: 'esa',
    },
    { now: SIMULATION_EPOCH, messageId: 'm-1', random: cryptoRandom },
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.value.notification.envelopeHtml;
}

describe('the securedoc envelope page', () => {
  it('shows date, security level, From and To, and carries no executable script', async () => {
    const html = await envelopeHtml();
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<dt>Message Security:</dt><dd>Medium</dd>');
    expect(html).toContain('<dt>Date:</dt><dd>Mon, 12 Jan 2026 09:00:00 +0000</dd>');
    expect(html).toContain('bob@partner.example, carol@partner.example');
    expect(html).toContain('Remember me on this computer');
    expect(html).toContain('href="https://www.example.com/"');
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
    expect(scripts).toEqual([' type="application/json" id="res-envelope"']);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/javascript:/i);
  });

  it('is parsed back to the same data', async () => {
    const parsed = parseEnvelopeHtml(await envelopeHtml());
    expect(parsed?.data).toMatchObject({
      messageId: 'm-1',
      accountNumber: '310001',
      from: 'alice@example.com',
      security: 'medium',
      algorithm: 'AES-256',
      sentAt: SIMULATION_EPOCH,
    });
    expect(parsed?.sealed.iv.length).toBe(12);
  });

  it('when a header contains </script> then it cannot break out of the data block', async () => {
    const html = await envelopeHtml({ from: 'x</script><script>alert(1)</script>@example.com' });
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(parseEnvelopeHtml(html)?.data.from).toBe('x</script><script>alert(1)</script>@example.com');
  });

  it.each([
    ['an empty file', ''],
    ['an unrelated page', '<html><body>hello</body></html>'],
    ['broken JSON', '<script type="application/json" id="res-envelope">{"format":</script>'],
    ['a wrong format', '<script type="application/json" id="res-envelope">{"format":"other"}</script>'],
  ])('when given %s then it is refused', (_, html) => {
    expect(parseEnvelopeHtml(html)).toBeNull();
  });

  it('when two envelope blocks are present then it is refused', async () => {
    const html = await envelopeHtml();
    const block = html.match(/<script[\s\S]*?<\/script>/)![0];
    expect(parseEnvelopeHtml(html + block)).toBeNull();
  });

  it('when the ciphertext is not base64 then it is refused', async () => {
    const html = (await envelopeHtml()).replace(/"ciphertext":"/, '"ciphertext":"!!');
    expect(parseEnvelopeHtml(html)).toBeNull();
  });
});
