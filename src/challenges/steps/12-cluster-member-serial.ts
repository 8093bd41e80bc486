/** A second appliance joined the cluster, but its serial number was never added to the RES account. */
import { sampleById } from '../../engine/mailflow/samples.ts';
import { machineScope } from '../../engine/scope.ts';
import { must } from '../../tutorial/checks.ts';
import { checkSend, every, finishedWalkthrough, sendAndSee } from '../evidence.ts';
import type { Challenge, ChallengePort } from '../types.ts';

const SECOND = 'esa2.example.com';
const DAY_MS = 86_400_000;

const card = () => sampleById('visa-with-expiry')!.build();
const lunch = () => sampleById('lunch-invitation')!.build();

const machines = async (api: ChallengePort) => (await api.site.layout()).machines;

/** The account a machine's profile is provisioned with (null when it is not). */
async function provisionedWith(api: ChallengePort, hostname: string, profile: string): Promise<string | null> {
  return (await api.encryption.provisioningStatus(machineScope(hostname))).find((p) => p.profile === profile)?.accountNumber ?? null;
}

/** Every committed RES profile provisioned on one machine (a learner presses each Provision button). */
async function provisionAll(api: ChallengePort, hostname: string): Promise<void> {
  const scope = machineScope(hostname);
  for (const row of await api.encryption.provisioningStatus(scope))
    if (row.status === 'not-provisioned') must(await api.encryption.provision(row.profile, scope));
}

/** Advances the simulated clock a day at a time (at most a week) until no provisioning request is pending. */
async function waitForTheDesk(api: ChallengePort): Promise<void> {
  for (let i = 0; i < 7 && (await api.res.requests()).some((r) => r.status === 'pending'); i += 1) must(await api.clock.advance(DAY_MS));
}

export const clusterMemberSerial: Challenge = {
  id: 'half-the-card-mail-bounces',
  title: 'Some card messages bounce, others are encrypted',
  reporter: 'Ticket 4540 — Service desk',
  symptom:
    'Since last week about half of the messages with card data bounce back to the sender with an “[ENCRYPTION FAILURE]” notice; the rest arrive encrypted as before. Nothing changed in the DLP policies.',
  objective:
    'Card data sent through either appliance of the cluster leaves encrypted, with the company’s existing Registered Envelope Service account; ordinary mail still goes out in clear.',
  parMinutes: 10,
  timeLimitMinutes: 20,
  hints: [
    'In Message Tracking, compare a bounced message with an encrypted one: which appliance (Cisco IronPort Host) handled each?',
    'Provisioning is per appliance. Switch to Machine mode for each member and read the profiles’ provisioning column; then look at the RES portal’s appliances.',
    'The account lists only esa1’s serial. Send a provisioning request naming the existing account with esa2’s serial (System Administration > Feature Keys), advance the clock until it is fulfilled, then provision the profiles on esa2.',
  ],
  debrief: `**Cause:** esa2 joined the cluster after encryption was set up. The profiles were inherited from Cluster level,
but provisioning is per appliance and tied to its serial number, and the RES account listed only esa1's serial. esa2
could not provision, so everything it tried to encrypt bounced.

**Evidence:** bounced messages were all handled by esa2 ("has not been provisioned on esa2.example.com"); in Machine
mode esa2's profiles were Not Provisioned and Provision answered that its serial is on no account.

**On the real appliance:** the serial is under System Administration > Feature Keys (or the CLI version command).
Ask for it to be added to the existing account — naming the account, so no duplicate is opened — then switch to
Machine mode on the new member and press Provision for each profile on Security Services > Cisco IronPort Email Encryption.`,
  async setup(api) {
    await finishedWalkthrough(api);
    must(await api.site.createCluster('Cluster_1'));
    must(await api.site.join(SECOND));
    for (const m of await machines(api)) {
      await sendAndSee(api, card(), machineScope(m.hostname));
      await sendAndSee(api, lunch(), machineScope(m.hostname));
    }
  },
  async goal(api) {
    const accounts = new Set<string | null>();
    for (const m of await machines(api)) {
      const scope = machineScope(m.hostname);
      const seen = await checkSend(api, card(), scope);
      if (!every(seen, 'encrypted') || !every(await checkSend(api, lunch(), scope), 'delivered')) return false;
      for (const s of seen) accounts.add(await provisionedWith(api, m.hostname, s.target!));
    }
    // One organisation, one account: a second account would hide esa2's messages from the account's administrators.
    const [first] = await machines(api);
    const original = (await api.res.accounts()).find((a) => a.serials.includes(first.serial))?.number;
    return accounts.size === 1 && accounts.has(original ?? null);
  },
  fix: {
    name: 'add esa2’s serial to the existing account, wait, provision on esa2',
    apply: async (api) => {
      const second = (await machines(api)).find((m) => m.hostname === SECOND)!;
      const [account] = await api.res.accounts();
      must(await api.res.requestProvisioning({ accountNumber: account.number, serials: [second.serial] }));
      await waitForTheDesk(api);
      await provisionAll(api, SECOND);
    },
  },
  wrongFixes: [
    {
      name: 'press Provision on esa2 without touching the account',
      apply: async (api) => {
        const scope = machineScope(SECOND);
        for (const row of await api.encryption.provisioningStatus(scope)) await api.encryption.provision(row.profile, scope);
      },
    },
    {
      name: 'open a new RES account for esa2',
      apply: async (api) => {
        const second = (await machines(api)).find((m) => m.hostname === SECOND)!;
        await api.res.requestProvisioning({
          accountName: 'Example Corp Cluster',
          deployment: 'on-premises',
          administrators: ['res-admin@example.com'],
          serials: [second.serial],
          domains: ['example.com'],
        });
        await waitForTheDesk(api);
        const scope = machineScope(SECOND);
        for (const row of await api.encryption.provisioningStatus(scope)) await api.encryption.provision(row.profile, scope);
      },
    },
  ],
};
