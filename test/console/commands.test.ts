/** Each command's effect on the simulated appliance and its output, against the real service. */
import { describe, expect, it } from 'vitest';
import { DAY_MS, profile, readyToEncrypt, commitEncryption, REQUEST, SERIAL } from '../engine/encryption/helpers.ts';
import { login, text, type } from './helpers.ts';

/** Answers encryptionconfig setup: use it, accept the licence, size, administrator. */
const SETUP = ['encryptionconfig setup', 'Y', 'Y', '', 'admin@example.com'];

describe('version', () => {
  it('when version is typed then the §14 layout shows the model, AsyncOS version and the serial number', async () => {
    const { cli } = await login();
    const t = text(await cli.submit('version'));
    expect(t).toContain('Current Version\n===============');
    expect(t).toContain(`UDI: C100V ${SERIAL}`);
    expect(t).toContain('Product: Cisco C100V Email Security Virtual Appliance');
    expect(t).toContain('Version: 14.0.0-657');
    expect(t).toMatch(new RegExp(`^Serial #: ${SERIAL}$`, 'm'));
    expect(t).toContain('RAID: NA');
  });
});

describe('encryptionconfig setup, commit and clear', () => {
  it('when setup is answered then a pending change is submitted, as with the GUI’s Submit', async () => {
    const { svc, cli } = await login();
    const { last, all } = await type(cli, ...SETUP);
    expect(all).toContain('Would you like to use IronPort Email Encryption? [Y]> Y');
    expect(all).toContain('Do you accept the above license agreement? []> Y');
    expect(all).toContain('What is the maximum message size to encrypt?');
    expect(all).toContain('[10M]> ');
    expect(last.lines.some((l) => l.kind === 'note' && /pending/.test(l.text))).toBe(true);
    expect(last.prompt).toBe('esa1.example.com> ');
    const view = await svc.config.view();
    expect(view.pending).toHaveLength(1);
    expect(view.candidate.encryption).toMatchObject({
      enabled: true,
      licenseAccepted: true,
      adminEmail: 'admin@example.com',
      maxMessageSize: '10M',
    });
    expect(view.committed.encryption.enabled).toBe(false);
  });

  it('when an answer is invalid then the question is asked again', async () => {
    const { svc, cli } = await login();
    const { all } = await type(
      cli,
      'encryptionconfig setup',
      'maybe',
      'y',
      'y',
      '12 parsecs',
      '200M',
      '5M',
      'not-an-address',
      '',
      'sec@example.com',
    );
    expect(all).toContain('Please answer Y or N.');
    expect(all).toContain('Please enter a size such as 10M or 512K.');
    expect(all).toContain('The size must be between 1K and 100M.');
    expect(all.match(/Please enter a valid email address\./g)).toHaveLength(2);
    expect((await svc.config.view()).candidate.encryption).toMatchObject({ maxMessageSize: '5M', adminEmail: 'sec@example.com' });
  });

  it('when the licence is declined then nothing is submitted', async () => {
    const { svc, cli } = await login();
    const { all } = await type(cli, 'encryptionconfig setup', 'y', 'n');
    expect(all).toContain('the license agreement was declined');
    expect((await svc.config.view()).pending).toHaveLength(0);
  });

  it('when commit is given a comment then the changes are committed and recorded with it', async () => {
    const { svc, cli } = await login();
    await type(cli, ...SETUP);
    const asked = await cli.submit('commit');
    expect(text(asked)).toContain('Please enter some comments describing your changes:');
    expect(asked.prompt).toBe('[]> ');
    const done = await cli.submit('Enabled encryption from the CLI');
    expect(text(done)).toContain('Changes committed: Mon Jan 12 09:00:00 2026 GMT');
    const view = await svc.config.view();
    expect(view.pending).toHaveLength(0);
    expect(view.committed.encryption.enabled).toBe(true);
    const [record] = await svc.config.history();
    expect(record.comment).toBe('Enabled encryption from the CLI');
  });

  it('when nothing is pending then commit and clear say so', async () => {
    const { cli } = await login();
    expect(text(await cli.submit('commit'))).toContain('There are no changes to commit.');
    expect(text(await cli.submit('clear'))).toContain('There are no changes to clear.');
    expect(cli.prompt).toBe('esa1.example.com> ');
  });

  it('when clear is confirmed then the pending changes are gone; when declined they stay', async () => {
    const { svc, cli } = await login();
    await type(cli, ...SETUP);
    const kept = await type(cli, 'clear', 'n');
    expect(kept.all).toContain('Are you sure you want to clear all changes since the last commit? [Y]> n');
    expect((await svc.config.view()).pending).toHaveLength(1);
    const cleared = await type(cli, 'clear', '');
    expect(cleared.all).toContain('Changes cleared: Mon Jan 12 09:00:00 2026 GMT');
    expect((await svc.config.view()).pending).toHaveLength(0);
  });

  it('when setup disables encryption then a pending change turns it off', async () => {
    const { svc, cli } = await login();
    await commitEncryption(svc, [], { adminEmail: 'admin@example.com' });
    await type(cli, 'encryptionconfig setup', 'n');
    expect((await svc.config.view()).candidate.encryption.enabled).toBe(false);
  });
});

describe('encryptionconfig listing, menus and provisioning', () => {
  it('when typed alone then it prints the settings and profiles with status, then the operation menu', async () => {
    const { svc, cli } = await login();
    await commitEncryption(svc, [profile('CRES_HIGH'), profile('LOCAL', { keyService: 'local' })], { adminEmail: 'admin@example.com' });
    const r = await cli.submit('encryptionconfig');
    const t = text(r);
    expect(t).toContain('IronPort Email Encryption: Enabled');
    expect(t).toContain('Email address of the encryption account administrator: admin@example.com');
    expect(t).toMatch(/^CRES_HIGH\s+Cisco Registered Envelope Service\s+Not Provisioned$/m);
    expect(t).toMatch(/^LOCAL\s+Cisco IronPort Encryption Appliance\s+N\/A \(local key server\)$/m);
    expect(t).toContain('- SETUP - Enable/Disable IronPort Email Encryption.');
    expect(t).toContain('- PROFILES - Configure email encryption profiles.');
    expect(r.prompt).toBe('[]> ');
    const back = await cli.submit('');
    expect(back.prompt).toBe('esa1.example.com> ');
  });

  it('when an operation finishes then the menu comes back until Enter', async () => {
    const { svc, cli } = await login();
    const { last } = await type(cli, 'encryptionconfig', 'setup', 'y', 'y', '', 'admin@example.com');
    expect(last.prompt).toBe('[]> ');
    expect(text(last)).toContain('- PROVISION - Provision with the Cisco Registered Envelope Service.');
    expect((await svc.config.view()).pending).toHaveLength(1);
    expect(text(await cli.submit('bogus'))).toContain('Unknown operation: bogus');
    expect((await cli.submit('')).prompt).toBe('esa1.example.com> ');
  });

  it('when provisioning before an account exists then the key service’s reason is printed', async () => {
    const { svc, cli } = await login();
    await commitEncryption(svc, [profile('CRES_HIGH')]);
    const t = text(await cli.submit('encryptionconfig provision CRES_HIGH'));
    expect(t).toContain('Provisioning failed:');
    expect(t).toContain('not registered to any Registered Envelope Service account');
  });

  it('when the account is ready then provision succeeds and print shows it provisioned', async () => {
    const { svc, cli } = await login();
    await commitEncryption(svc, [profile('CRES_HIGH')]);
    expect((await svc.res.requestProvisioning(REQUEST)).ok).toBe(true);
    expect((await svc.clock.advance(DAY_MS)).ok).toBe(true);
    const t = text(await cli.submit('encryptionconfig provision CRES_HIGH'));
    expect(t).toMatch(/Profile "CRES_HIGH" was successfully provisioned \(account \d+, Example Corp\)\./);
    expect(text(await cli.submit('encryptionconfig print'))).toMatch(
      /^CRES_HIGH\s+Cisco Registered Envelope Service\s+Provisioned \(account \d+\)$/m,
    );
    expect((await svc.encryption.provisioningStatus())[0].status).toBe('provisioned');
  });

  it('when PROFILES → PRINT picks a profile by number then its settings are printed', async () => {
    const { svc, cli } = await login();
    await commitEncryption(svc, [profile('CRES_HIGH')]);
    const { all, last } = await type(cli, 'encryptionconfig profiles', 'print', '1');
    expect(all).toContain('1. CRES_HIGH (Not Provisioned)');
    expect(all).toContain('Profile: CRES_HIGH');
    expect(all).toContain('    Key Service: res');
    expect(last.prompt).toBe('[]> ');
  });
});

describe('status and update commands', () => {
  it('when dlpupdate runs then dlpstatus shows the new version and the update time', async () => {
    const { cli } = await login();
    const before = text(await cli.submit('dlpstatus'));
    expect(before).toMatch(/^DLP Engine\s+3\.0\.2\.31\s+Never updated$/m);
    expect(before).toContain('Update available: 3.0.2.33');
    const upd = text(await cli.submit('dlpupdate'));
    expect(upd).toContain('Updated the DLP engine from 3.0.2.31 to 3.0.2.33');
    const after = text(await cli.submit('dlpstatus'));
    expect(after).toMatch(/^DLP Engine\s+3\.0\.2\.33\s+12 Jan 2026 09:00 \(GMT\)$/m);
    expect(after).toMatch(/^Content Matching Classifiers\s+2026\.01\.1/m);
    expect(after).toContain('Last update attempt: 12 Jan 2026 09:00 (GMT)');
    expect(after).toContain('Previous version (dlprollback): 3.0.2.31');
  });

  it('when dlpupdate force finds nothing newer then it says so', async () => {
    const { cli } = await login();
    await cli.submit('dlpupdate');
    const t = text(await cli.submit('dlpupdate force'));
    expect(t).toContain('Forcing an update');
    expect(t).toContain('up to date');
  });

  it('when dlprollback is confirmed then the previous version returns', async () => {
    const { svc, cli } = await login();
    expect(text(await cli.submit('dlprollback'))).toContain('no previous DLP engine version');
    await cli.submit('dlpupdate');
    const { all } = await type(cli, 'dlprollback', 'y');
    expect(all).toContain('Rolled the DLP engine back from 3.0.2.33 to 3.0.2.31');
    expect((await svc.dlp.engineStatus()).installed.engine).toBe('3.0.2.31');
  });

  it('when encryptionstatus and encryptionupdate run then the PXE versions and the check time show', async () => {
    const { cli } = await login();
    const t = text(await cli.submit('encryptionstatus'));
    expect(t).toMatch(/^PXE Engine\s+8\.0\.0-017\s+03 Nov 2025 00:00 \(GMT\)$/m);
    expect(t).toMatch(/^Domain Mappings File\s+1\.0\.0/m);
    expect(t).toContain('Last update check: Never');
    expect(text(await cli.submit('encryptionupdate'))).toContain('Requesting update of PXE Engine.');
    expect(text(await cli.submit('encryptionstatus'))).toContain('Last update check: 12 Jan 2026 09:00 (GMT)');
  });
});

describe('showconfig and quarantineconfig', () => {
  it('when showconfig runs then sections and key: value lines print, and the proxy password is masked', async () => {
    const { svc, cli } = await login();
    const { candidate } = await svc.config.view();
    const proxy = {
      enabled: true,
      type: 'HTTP' as const,
      host: 'proxy.example.com',
      port: 3128,
      username: 'svc',
      password: 'Sup3rSecret!',
    };
    expect((await svc.config.submit('encryption', { ...candidate.encryption, proxy }, 'proxy')).ok).toBe(true);
    expect((await svc.config.commit('proxy')).ok).toBe(true);
    const t = text(await cli.submit('showconfig'));
    expect(t).toContain('Passwords are masked');
    expect(t).toContain('Email Encryption Global Settings\n================================');
    expect(t).toContain(`Serial Number: ${SERIAL}`);
    expect(t).toContain('    Host: proxy.example.com');
    expect(t).toContain('    Password: ******** (masked)');
    expect(t).not.toContain('Sup3rSecret');
    expect(t).toContain('Policy, Virus and Outbreak Quarantines');
    expect(t).toMatch(/^1\. Policy$/m);
    expect(t).toMatch(/^2\. Virus$/m);
  });

  it('when quarantineconfig runs then each quarantine shows type, messages, retention and default action', async () => {
    const { svc, cli } = await login();
    await readyToEncrypt(svc, []);
    const t = text(await cli.submit('quarantineconfig'));
    expect(t).toContain('Currently configured quarantines:');
    expect(t).toMatch(/^#\s+Quarantine Name\s+Type\s+Messages\s+Retention\s+Default Action\s+Free Up Space$/m);
    expect(t).toMatch(/^\d\s+Virus\s+System\s+0\s+30 days\s+Delete\s+Yes$/m);
    expect(t).toMatch(/^\d\s+Outbreak\s+System\s+0\s+Per mail policy\s+Release\s+Yes$/m);
    expect(t).toMatch(/^\d\s+File Analysis\s+System\s+0\s+1 hour\s+Release\s+Yes$/m);
    expect(t).toMatch(/^\d\s+Policy\s+Policy\s+0\s+10 days\s+Delete\s+Yes$/m);
  });
});
