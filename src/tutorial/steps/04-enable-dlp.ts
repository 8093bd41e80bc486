/** Lesson 4: DLP on, with matched content logging and automatic updates. */
import { configured, submitAndCommit } from '../checks.ts';
import type { Lesson } from '../types.ts';
import body from './04-enable-dlp.md?raw';

const PAGE = '/security-services/data-loss-prevention';

export const enableDlp: Lesson = {
  id: 'enable-dlp',
  number: 4,
  title: 'Enable DLP',
  body,
  steps: [
    {
      id: 'enabled',
      title: 'Enable DLP and accept the licence agreement',
      check: configured((c) => c.dlp.enabled && c.dlp.licenseAccepted),
      hint: 'Enable… then Accept.',
      showMe: { path: PAGE, target: 'Enable' },
    },
    {
      id: 'logging',
      title: 'Enable matched content logging',
      check: configured((c) => c.dlp.enabled && c.dlp.matchedContentLogging),
      hint: 'Tick “Enable matched content logging”.',
      showMe: { path: PAGE, target: 'Enable matched content logging' },
    },
    {
      id: 'updates',
      title: 'Enable automatic updates',
      check: configured((c) => c.dlp.enabled && c.dlp.automaticUpdates),
      hint: 'Tick “Enable automatic updates”.',
      showMe: { path: PAGE, target: 'Enable automatic updates' },
    },
  ],
  solve: (api) =>
    submitAndCommit(
      api,
      'dlp',
      (c) => ({ ...c.dlp, enabled: true, licenseAccepted: true, matchedContentLogging: true, automaticUpdates: true }),
      'Enable DLP',
    ),
};
