import { describe, expect, it } from 'vitest';
import { processMessage } from '../../../src/engine/mailflow/pipeline.ts';
import { NO_STARTTLS_DOMAINS, offersStartTls, tlsDecision } from '../../../src/engine/mailflow/tls.ts';
import type { ApplianceConfig } from '../../../src/engine/config/schema/index.ts';
import { action, configured, deps, message } from './helpers.ts';

const NO_TLS = NO_STARTTLS_DOMAINS[0];
const withTls = (rows: ApplianceConfig['destinationControls']) =>
  configured(action('Encrypt', { encryption: { rule: 'tls-failed', profile: 'CRES_MED', subject: '$Subject' } }), (c) => {
    c.destinationControls = [{ destination: 'default', tls: 'none' }, ...rows];
  });

describe('which simulated hosts offer STARTTLS', () => {
  it.each([
    ['partner.example', true],
    [NO_TLS, false],
    [NO_TLS.toUpperCase(), false],
    [`mx.${NO_TLS}`, false],
    [`not${NO_TLS}`, true],
  ])('when the domain is %s then STARTTLS offered is %s', (domain, offered) => {
    expect(offersStartTls(domain)).toBe(offered);
  });
});

describe('the TLS decision of "encrypt only if TLS fails"', () => {
  it.each([
    ['partner.example', 'preferred', true, /STARTTLS negotiated \(Destination Controls: Preferred\)/],
    ['partner.example', 'required', true, /Required/],
    ['partner.example', 'none', false, /not used \(Destination Controls: None\)/],
    [NO_TLS, 'preferred', false, /does not offer STARTTLS/],
    [NO_TLS, 'required', false, /does not offer STARTTLS/],
    [NO_TLS, 'none', false, /not used/],
  ] as const)('when %s has TLS %s then TLS ok is %s', (domain, tls, ok, why) => {
    const d = tlsDecision(withTls([{ destination: domain, tls }]), domain);
    expect(d.ok).toBe(ok);
    expect(d.why).toMatch(why);
  });

  it('when a domain has no entry then the Default entry decides', () => {
    const config = withTls([]);
    config.destinationControls[0] = { destination: 'default', tls: 'preferred' };
    expect(tlsDecision(config, 'partner.example').ok).toBe(true);
    expect(tlsDecision(config, NO_TLS).ok).toBe(false);
  });
});

describe('delivery with "encrypt only if TLS fails"', () => {
  it('when the domain offers STARTTLS and TLS is Preferred then the message goes over TLS unencrypted and tracking says so', async () => {
    const out = await processMessage(message(), deps(withTls([{ destination: 'partner.example', tls: 'preferred' }])));
    expect(out.deliveries.map((d) => [d.address, d.kind])).toEqual([['bob@partner.example', 'message']]);
    const texts = out.records[0].events.map((e) => e.text);
    expect(texts).toContain('MID 1 TLS success for partner.example');
    expect(texts).toContain('MID 1 TLS succeeded: encryption "only if TLS fails" not applied');
  });

  it('when the domain offers no STARTTLS then the message is encrypted and tracking says why', async () => {
    const to = `carol@${NO_TLS}`;
    const out = await processMessage(message({ recipients: [to], to: [to] }), deps(withTls([{ destination: NO_TLS, tls: 'preferred' }])));
    expect(out.deliveries.map((d) => [d.address, d.kind])).toEqual([[to, 'encrypted']]);
    const texts = out.records[0].events.map((e) => e.text);
    expect(texts).toContain(`MID 1 TLS failed for ${NO_TLS}: the remote host does not offer STARTTLS`);
    expect(out.records[0].eventTypes).toContain('encrypted');
  });

  it('when one recipient offers STARTTLS and the other does not then only the other gets an envelope', async () => {
    const other = `carol@${NO_TLS}`;
    const out = await processMessage(
      message({ recipients: ['bob@partner.example', other], to: ['bob@partner.example', other] }),
      deps(
        withTls([
          { destination: 'partner.example', tls: 'preferred' },
          { destination: NO_TLS, tls: 'required' },
        ]),
      ),
    );
    expect(out.deliveries.map((d) => [d.address, d.kind]).sort()).toEqual([
      ['bob@partner.example', 'message'],
      [other, 'encrypted'],
    ]);
  });
});
