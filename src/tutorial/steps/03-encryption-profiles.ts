/** Lesson 3: the three encryption profiles, committed and provisioned. */
import { defaultEncryptionProfile } from '../../engine/config/defaults.ts';
import type { EncryptionProfile } from '../../engine/config/schema/index.ts';
import { machineScope } from '../../engine/scope.ts';
import { configured, must, observed, submitAndCommit } from '../checks.ts';
import type { Lesson } from '../types.ts';
import body from './03-encryption-profiles.md?raw';

const PAGE = '/security-services/email-encryption';
const WANTED: readonly [string, EncryptionProfile['security'], string][] = [
  ['CRES_HIGH', 'high', 'High Security'],
  ['CRES_MED', 'medium', 'Medium Security'],
  ['CRES_LOW', 'none', 'No Password Required'],
];

export const encryptionProfiles: Lesson = {
  id: 'encryption-profiles',
  number: 3,
  title: 'Create encryption profiles',
  body,
  steps: [
    ...WANTED.map(([name, security, label]) => ({
      id: name.toLowerCase(),
      title: `Profile ${name} with ${label}`,
      check: configured((c) => c.encryption.profiles.some((p) => p.name === name && p.security === security && p.keyService === 'res')),
      hint: `Add Encryption Profile…, name it ${name}, Envelope Message Security: ${label}. Submit, then Commit.`,
      showMe: { path: PAGE, target: 'Add Encryption Profile' },
    })),
    {
      id: 'provision',
      title: 'Provision all three profiles',
      // Provisioning is per appliance: in a cluster each member provisions every profile itself.
      check: observed((s) =>
        (s.members?.length ? s.members.map((m) => m.provisioned) : [s.provisioned]).every((done) =>
          WANTED.every(([name]) => done.includes(name)),
        ),
      ),
      hint: 'After committing, each profile shows a Provision button in the profiles table. In a cluster, switch the mode to each machine and provision there.',
      showMe: { path: PAGE, target: 'Provision' },
    },
  ],
  async solve(api) {
    await submitAndCommit(
      api,
      'encryption',
      (c) => {
        const others = c.encryption.profiles.filter((p) => !WANTED.some(([n]) => n === p.name));
        return {
          ...c.encryption,
          profiles: [
            ...others,
            ...WANTED.map(([name, security]) => ({
              ...(c.encryption.profiles.find((p) => p.name === name) ?? defaultEncryptionProfile(name)),
              security,
              keyService: 'res' as const,
            })),
          ],
        };
      },
      'Encryption profiles CRES_HIGH, CRES_MED, CRES_LOW',
    );
    const layout = await api.site.layout();
    // Standalone: the appliance itself (the default scope); in a cluster: each machine in turn.
    const scopes = layout.mode === 'cluster' ? layout.machines.map((m) => machineScope(m.hostname)) : [undefined];
    for (const scope of scopes) for (const [name] of WANTED) must(await api.encryption.provision(name, scope));
  },
};
