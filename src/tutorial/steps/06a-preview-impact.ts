/**
 * Optional lesson after 6: before a Commit, replay recent mail under the pending configuration
 * (Preview impact, on the Uncommitted Changes page) and read what the change would do.
 */
import { must, observed, submitSection } from '../checks.ts';
import type { Lesson } from '../types.ts';
import body from './06a-preview-impact.md?raw';
import { everyDlpPolicyInUse, useEveryDlpPolicy } from './07-outgoing-policy.ts';

/** Sent when there is no mail to replay: a card number DLP will catch, a clean message, and a near-miss that must stay clean. */
const SAMPLES: readonly string[] = ['visa-with-expiry', 'lunch-invitation', 'newsletter-near-misses'];

/** The most recent messages the demonstration replays: one batch, as the page's first. */
const RECENT = 100;

export const previewImpact: Lesson = {
  id: 'preview-impact',
  number: 6,
  optional: true,
  title: 'Before you commit, preview the impact',
  body,
  steps: [
    {
      id: 'traffic',
      title: 'Send a few messages, so there is recent mail to replay',
      check: observed((s) => s.replayableMessages > 0),
      hint: 'Compose → Sample messages: send the card number with its expiry date, and a harmless message or two.',
      showMe: { path: '/simulation/compose', target: 'Sample messages' },
    },
    {
      id: 'preview',
      title: 'With a change submitted but not committed, Preview impact',
      // The worker notes a preview only when changes were pending: with none, before and after are
      // one configuration and nothing was previewed. The note is a time on a clock that stands still
      // between clicks, so it cannot be ordered against a Submit; requiring the learner's PCI-DSS
      // policy (pending or committed) keeps the lesson from ticking before lesson 6 is reached.
      check: observed((s) => s.impactPreviewedAt !== null && s.candidate.dlp.policies.some((p) => p.template === 'pci-dss')),
      hint: 'Submit a change (lesson 7’s, for example), click Commit Changes in the header, then Preview impact; commit once you have read it.',
      showMe: { path: '/commit', target: 'Preview impact' },
    },
  ],
  async solve(api) {
    // Lesson 2's provisioning email went through the appliance too; a preview of it alone would show nothing.
    if ((await api.tutorial.snapshot()).replayableMessages < SAMPLES.length) {
      // Loaded on demand, as lesson 6's templates: the sample library belongs to the engine.
      const { sampleMessages } = await import('../../engine/mailflow/samples.ts');
      for (const sample of sampleMessages.filter((m) => SAMPLES.includes(m.id))) must(await api.mail.send(sample.build()));
    }
    const recent = { last: RECENT, from: null, to: null } as const;
    let plan = must(await api.impact.plan(recent));
    // Nothing waiting for a Commit: the change worth previewing is lesson 7's, which puts the DLP policy to work.
    if (plan.pendingChanges === 0 && !everyDlpPolicyInUse((await api.config.view()).candidate)) {
      await submitSection(api, 'outgoingPolicies', useEveryDlpPolicy, 'DLP on the Default outgoing mail policy');
      plan = must(await api.impact.plan(recent));
    }
    if (plan.pendingChanges === 0)
      throw new Error('Nothing is waiting for a Commit, so there is nothing to preview: submit a change first, or use Reset lesson.');
    must(await api.impact.replay(plan.mids));
    // Left uncommitted on purpose: the Commit belongs to the change previewed (lesson 7 commits its own).
  },
};
