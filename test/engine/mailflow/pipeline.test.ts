import { describe, expect, it } from 'vitest';
import { processMessage } from '../../../src/engine/mailflow/pipeline.ts';
import { releaseFromQuarantine, withReleaseExtras } from '../../../src/engine/mailflow/quarantine.ts';
import { zipSync } from 'fflate';
import { evaluatePolicies } from '../../../src/engine/dlp/index.ts';
import { action, configured, deps, fakeDlp, message } from './helpers.ts';

const texts = (o: { records: { events: { text: string }[] }[] }, i = 0) => o.records[i].events.map((e) => e.text);

describe('receiving and policy matching', () => {
  it('when a clean message is sent then it is delivered and tracked with log-style events', async () => {
    const out = await processMessage(message({ text: 'Lunch at noon?' }), deps(configured(action('Deliver'))));
    expect(texts(out)).toEqual([
      'Start MID 1 ICID 1',
      'MID 1 ICID 1 From: <alice@example.com>',
      'MID 1 ICID 1 RID 0 To: <bob@partner.example>',
      "MID 1 Message-ID '<m1@example.com>'",
      "MID 1 Subject 'Card for the order'",
      expect.stringMatching(/^MID 1 ready \d+ bytes from <alice@example.com>$/),
      'MID 1 matched all recipients for per-recipient policy DEFAULT in the outbound table',
      'MID 1 DLP no violation',
      'New SMTP DCID 1 interface 192.0.2.10 address 198.51.100.5',
      'Delivery start DCID 1 MID 1 to RID [0]',
      'Message done DCID 1 MID 1 to RID [0]',
      'Message finished MID 1 done',
    ]);
    expect(out.records[0].eventTypes).toEqual(['delivered']);
    expect(out.deliveries.map((d) => [d.address, d.kind])).toEqual([['bob@partner.example', 'message']]);
  });

  it('when an attachment cannot be scanned then message tracking says so', async () => {
    const locked = zipSync({ 'cards.csv': new TextEncoder().encode('4012 8888 8888 1881') });
    for (let i = 0; i + 4 <= locked.length; i++) {
      const sig = new DataView(locked.buffer).getUint32(i, true);
      if (sig === 0x04034b50) locked[i + 6] |= 1;
      if (sig === 0x02014b50) locked[i + 8] |= 1;
    }
    const out = await processMessage(
      message({ text: 'Lunch at noon?', attachments: [{ filename: 'locked.zip', contentType: 'application/zip', content: locked }] }),
      deps(configured(action('Deliver')), { evaluateDlp: (p, m, c) => evaluatePolicies(p, m, c) }),
    );
    expect(texts(out)).toContain('MID 1 DLP Unscannable attachment locked.zip › cards.csv: not scanned: encrypted (password-protected)');
  });

  it('when recipients fall into different policies then the message is splintered, first match wins', async () => {
    const config = configured(action('Deliver'), (c) => {
      c.outgoingPolicies.policies = [
        { name: 'Partners', senders: [], recipients: ['@partner.example'], dlp: { mode: 'disabled' } },
        { name: 'Also partners', senders: [], recipients: ['@.partner.example'], dlp: { mode: 'default' } },
      ];
    });
    const dlp = fakeDlp();
    const out = await processMessage(
      message({ recipients: ['bob@partner.example', 'carol@other.example'] }),
      deps(config, { evaluateDlp: dlp }),
    );
    expect(out.records.map((r) => [r.mid, r.outgoingPolicy, r.recipients, r.parentMid])).toEqual([
      [1, 'Partners', ['bob@partner.example'], null],
      [2, 'Default Policy', ['carol@other.example'], 1],
    ]);
    expect(texts(out, 0)).toContain('MID 1 was split creating MID 2 due to a per-recipient policy Default Policy in the outbound table');
    expect(texts(out, 0)).toContain('MID 1 DLP not evaluated: DLP is disabled for the outgoing mail policy Partners');
    expect(out.records[1].dlpSeverity).toBe('critical');
    expect(dlp.calls).toBe(1);
  });

  it('when a custom policy uses default settings then the Default Policy DLP applies', async () => {
    const config = configured(action('Drop it', { primary: { kind: 'drop' } }), (c) => {
      c.outgoingPolicies.policies = [{ name: 'Sales', senders: ['alice@'], recipients: [], dlp: { mode: 'default' } }];
    });
    const out = await processMessage(message(), deps(config));
    expect(out.records[0].outgoingPolicy).toBe('Sales');
    expect(out.records[0].eventTypes).toEqual(['dlp-violation', 'dropped']);
  });

  it('when DLP is disabled globally then nothing is evaluated', async () => {
    const dlp = fakeDlp();
    const out = await processMessage(
      message(),
      deps(
        configured(action('Drop', { primary: { kind: 'drop' } }), (c) => (c.dlp.enabled = false)),
        { evaluateDlp: dlp },
      ),
    );
    expect(dlp.calls).toBe(0);
    expect(texts(out)).toContain('MID 1 DLP not evaluated: Data Loss Prevention is disabled');
    expect(out.records[0].dlp.evaluated).toBe(false);
    expect(out.records[0].eventTypes).toEqual(['delivered']);
  });

  it('when a DLP policy is disabled then it is skipped', async () => {
    const dlp = fakeDlp();
    await processMessage(
      message(),
      deps(
        configured(action('Drop', { primary: { kind: 'drop' } }), (c) => (c.dlp.policies[0].enabled = false)),
        { evaluateDlp: dlp },
      ),
    );
    expect(dlp.calls).toBe(0);
  });
});

describe('DLP verdicts and matched content', () => {
  it('when a violation is found then tracking has the policy, severity, risk factor and the matched content', async () => {
    const out = await processMessage(message(), deps(configured(action('Deliver'))));
    const r = out.records[0];
    expect(texts(out)).toContain("MID 1 DLP violation. Severity: CRITICAL (Risk Factor: 95). DLP policy match: 'PCI'.");
    expect(r.dlp.decisive).toEqual({ policy: 'PCI', severity: 'critical', riskFactor: 95, action: 'Deliver' });
    expect(r.dlp.matchedContent?.[0]).toMatchObject({ text: '4111 1111 1111 1111', before: 'Visa ' });
    expect(r.dlpPolicies).toEqual(['PCI']);
  });

  it('when matched content logging is off then the content is not stored', async () => {
    const out = await processMessage(message(), deps(configured(action('Deliver'), (c) => (c.dlp.matchedContentLogging = false))));
    expect(out.records[0].dlp.matchedContent).toBeNull();
    expect(out.records[0].dlp.contentLogged).toBe(false);
    expect(out.records[0].dlp.decisive?.severity).toBe('critical');
  });

  it('when two policies are violated then the first in DLP Policy Manager order decides', async () => {
    const config = configured(action('Deliver'), (c) => {
      c.dlp.messageActions.push(action('Drop', { primary: { kind: 'drop' } }));
      c.dlp.policies = [
        { ...c.dlp.policies[0], name: 'First', actions: { critical: 'Drop', high: null, medium: null, low: null } },
        { ...c.dlp.policies[0], name: 'Second' },
      ];
      c.outgoingPolicies.defaultPolicy.dlp = { mode: 'enabled', policies: ['Second', 'First'] };
    });
    const out = await processMessage(message(), deps(config));
    expect(out.records[0].dlp.decisive?.policy).toBe('First');
    expect(out.records[0].dlpPolicies).toEqual(['First', 'Second']);
    expect(out.records[0].eventTypes).toContain('dropped');
  });
});

describe('message actions', () => {
  it('when the action drops then nothing is delivered', async () => {
    const out = await processMessage(message(), deps(configured(action('Drop', { primary: { kind: 'drop' } }))));
    expect(out.deliveries).toEqual([]);
    expect(texts(out)).toContain("MID 1 dropped by DLP message action 'Drop'");
    expect(texts(out).at(-1)).toBe('Message finished MID 1 aborted');
  });

  it('when the action quarantines then the message is held until the retention period ends', async () => {
    const out = await processMessage(message(), deps(configured(action('Hold', { primary: { kind: 'quarantine', quarantine: 'DLP' } }))));
    expect(out.deliveries).toEqual([]);
    expect(out.quarantined).toHaveLength(1);
    expect(out.quarantined[0]).toMatchObject({ quarantine: 'DLP', mid: 1, copy: false, scheduledExit: Date.UTC(2026, 0, 14, 9) });
    expect(out.records[0].eventTypes).toEqual(['dlp-violation', 'quarantined']);
  });

  it('when the action delivers with a copy to quarantine then both happen with the same MID', async () => {
    const out = await processMessage(message(), deps(configured(action('Pilot', { copyToQuarantine: 'DLP' }))));
    expect(out.deliveries.map((d) => d.kind)).toEqual(['message']);
    expect(out.quarantined[0]).toMatchObject({ mid: 1, copy: true });
    expect(out.quarantined[0].message.messageId).toBe(out.deliveries[0].messageId);
  });

  it('when the action encrypts then the recipient gets the envelope notification and tracking says Encrypted', async () => {
    const out = await processMessage(
      message(),
      deps(configured(action('Encrypt', { encryption: { rule: 'always', profile: 'CRES_MED', subject: '[SECURE] $Subject' } }))),
    );
    expect(out.deliveries).toHaveLength(1);
    expect(out.deliveries[0]).toMatchObject({
      kind: 'encrypted',
      address: 'bob@partner.example',
      subject: '[SECURE] Card for the order',
      resMessageId: 'res-1',
    });
    expect(out.deliveries[0].attachments[0].filename).toMatch(/^securedoc_\d{8}T\d{6}\.html$/);
    expect(texts(out)).toContain("MID 1 rewritten to MID 2 by encryption (profile 'CRES_MED')");
    expect(out.records[0].eventTypes).toEqual(['dlp-violation', 'encrypted', 'delivered']);
  });

  it('when no encryption service exists then the encrypt action fails loudly and nothing is delivered in clear', async () => {
    const out = await processMessage(
      message(),
      deps(configured(action('Encrypt', { encryption: { rule: 'always', profile: 'CRES_MED', subject: '$Subject' } })), { encrypt: null }),
    );
    expect(out.deliveries.map((d) => [d.address, d.kind])).toEqual([['alice@example.com', 'failure-notice']]);
    expect(out.records[0].eventTypes).toContain('bounced');
    expect(texts(out)).toContain('MID 1 encryption failed: no encryption service is available in this simulator build');
  });

  it('when encryption is only if TLS fails and TLS succeeds then it is delivered in clear', async () => {
    const config = configured(action('Encrypt', { encryption: { rule: 'tls-failed', profile: 'CRES_MED', subject: '$Subject' } }), (c) => {
      c.destinationControls.push({ destination: 'partner.example', tls: 'required' });
    });
    const out = await processMessage(message(), deps(config));
    expect(out.deliveries.map((d) => d.kind)).toEqual(['message']);
    expect(texts(out)).toContain('MID 1 TLS success for partner.example');
  });

  it('when encryption is only if TLS fails and TLS is not offered then it is encrypted', async () => {
    const out = await processMessage(
      message(),
      deps(configured(action('Encrypt', { encryption: { rule: 'tls-failed', profile: 'CRES_MED', subject: '$Subject' } }))),
    );
    expect(out.deliveries.map((d) => d.kind)).toEqual(['encrypted']);
  });

  it('when the action modifies the subject and adds a disclaimer then the delivered message has both', async () => {
    const out = await processMessage(
      message(),
      deps(
        configured(
          action('Mark', {
            modifySubject: { position: 'prepend', text: '[$DLPSeverity] ' },
            disclaimer: { resource: 'Confidential', position: 'below' },
          }),
        ),
      ),
    );
    expect(out.deliveries[0].subject).toBe('[Critical] Card for the order');
    expect(out.deliveries[0].text.endsWith('\n\nCONFIDENTIAL')).toBe(true);
  });

  it('when the action sends bcc, a notification and uses an alternate host then each is a real delivery', async () => {
    const act = action('All', {
      bcc: { addresses: ['compliance@example.com'], subject: 'Copy: $Subject', returnPath: '' },
      notification: {
        template: 'DLP Notice',
        toSender: true,
        otherRecipients: ['dlp-officer@example.com'],
        subject: 'DLP: $Subject',
        returnPath: 'dlp@example.com',
        attachOriginal: false,
      },
      alternateHost: 'archive.example.com',
    });
    const out = await processMessage(message(), deps(configured(act)));
    expect(out.deliveries.map((d) => [d.address, d.kind, d.subject])).toEqual([
      ['compliance@example.com', 'bcc', 'Copy: Card for the order'],
      ['alice@example.com', 'dlp-notification', 'DLP: Card for the order'],
      ['dlp-officer@example.com', 'dlp-notification', 'DLP: Card for the order'],
      ['host:archive.example.com', 'alternate-host', 'Card for the order'],
    ]);
    expect(out.deliveries[1].text).toBe('Policy PCI (Critical, risk 95) on "Card for the order" MID 1');
    expect(out.deliveries[1].from).toBe('dlp@example.com');
  });

  it('when the policy names a message action that no longer exists then the message is delivered and tracking says why', async () => {
    const config = configured(action('Deliver'), (c) => (c.dlp.policies[0].actions.critical = 'Gone'));
    const out = await processMessage(message(), { ...deps(config), config });
    expect(texts(out)).toContain("MID 1 DLP message action 'Gone' does not exist; message delivered unchanged");
  });
});

describe('quarantine release', () => {
  it('when a quarantined message with an encrypt action is released then it is delivered encrypted', async () => {
    const config = configured(
      action('Hold', {
        primary: { kind: 'quarantine', quarantine: 'DLP' },
        encryption: { rule: 'always', profile: 'CRES_MED', subject: '$Subject' },
      }),
    );
    const d = deps(config);
    const out = await processMessage(message(), d);
    const released = await releaseFromQuarantine(out.quarantined[0], out.records[0], d);
    expect(released.deliveries.map((x) => x.kind)).toEqual(['encrypted']);
    expect(out.records[0].eventTypes).toEqual(['dlp-violation', 'quarantined', 'released', 'encrypted', 'delivered']);
  });

  it('when the default action Release applies then the release extras are applied', () => {
    const m = withReleaseExtras(
      message({ attachments: [{ filename: 'a.txt', contentType: 'text/plain', content: new Uint8Array([1]) }] }),
      {
        name: 'DLP',
        system: false,
        retention: { value: 1, unit: 'days' },
        defaultAction: 'release',
        freeUpSpace: true,
        releaseExtras: {
          modifySubject: { position: 'prepend', text: '[Released] ' },
          addXHeader: { name: 'X-Released-Early', value: 'True' },
          stripAttachments: true,
        },
        users: { localUsers: [], externalGroups: [], customRoles: [] },
      },
    );
    expect(m.subject).toBe('[Released] Card for the order');
    expect(m.headers).toEqual({ 'X-Released-Early': 'True' });
    expect(m.attachments).toEqual([]);
  });
});
