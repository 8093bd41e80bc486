/**
 * Naughty names typed into every form that names something — DLP policy, message action, custom
 * classifier, dictionary, encryption profile, policy quarantine, outgoing mail policy: each name is
 * either stored and listed exactly as typed (never trimmed or changed), or refused next to the name
 * field with nothing submitted; which of the two is exactly what the configuration schema says.
 */
import type { Locator, Page } from '@playwright/test';
import { defaultConfig } from '../../src/engine/config/defaults.ts';
import { exportConfig, exportText } from '../../src/engine/config/export-import.ts';
import { name as nameSchema } from '../../src/engine/config/schema/common.ts';
import { messageAction } from '../helpers/message-action.ts';
import { naughtyStrings } from '../helpers/naughty.ts';
import { commit, expect, open, test } from './fixtures.ts';
import { CANARY, expectNothingRan, watchDialogs } from './naughty-helpers.ts';

/** A spread of the list (scripts, right-to-left, emoji, quotes, Zalgo…) plus names that only differ by spaces at an end. */
function names(): string[] {
  const nonBlank = naughtyStrings.filter((s) => s.trim() !== '');
  const picked = Array.from({ length: 6 }, (_, i) => nonBlank[Math.round(((i + 0.5) * (nonBlank.length - 1)) / 6)]!);
  return [
    ...new Set([...picked, ' Leading space', 'Trailing tab\t', `<img src=x onerror="window.${CANARY}=1">`, 'Café – “naïve” 名前 👾']),
  ];
}

/** DLP and encryption on, committed: every form below is open for use. */
async function prepare(page: Page): Promise<void> {
  const c = defaultConfig();
  const config = {
    ...c,
    encryption: { ...c.encryption, enabled: true, licenseAccepted: true },
    dlp: {
      ...c.dlp,
      enabled: true,
      licenseAccepted: true,
      messageActions: [messageAction('Deliver')],
    },
  };
  await open(page, '/system-administration/configuration-file');
  await page
    .getByTestId('import-input')
    .setInputFiles({ name: 'on.json', mimeType: 'application/json', buffer: Buffer.from(exportText(exportConfig(config, 'test', 0))) });
  await page.getByRole('button', { name: 'Load as pending changes' }).click();
  await commit(page, 'DLP and encryption on');
}

/** True when some cell of the table shows exactly `text` (exact textContent: a trimmed or mangled name does not count). */
const listed = (page: Page, table: string, text: string) =>
  page
    .getByTestId(table)
    .locator('td, th')
    .evaluateAll(
      (cells, t) => cells.some((c) => c.textContent === t || [...c.querySelectorAll('a, span, strong')].some((e) => e.textContent === t)),
      text,
    );

interface Form {
  what: string;
  /** Where the form's list is (a route, or a route and the link to follow) and the table that lists the names. */
  path: string;
  link?: string;
  table: string;
  /** Opens an empty form. */
  add: (m: Locator) => Promise<void>;
  name: string;
  /** Fills the other required fields. */
  fill?: (m: Locator, s: string) => Promise<unknown>;
}

const forms: Form[] = [
  {
    what: 'DLP policy',
    path: '/mail-policies/dlp-policy-manager',
    table: 'dlp-policy-table',
    add: async (m) => {
      await m.getByRole('link', { name: 'Add DLP Policy…' }).click();
      await m.getByRole('link', { name: 'PCI-DSS (Payment Card Industry Data Security Standard)' }).click();
    },
    name: '#policy-name',
    fill: (m) => m.getByLabel('Critical Severity').selectOption('Deliver'),
  },
  {
    what: 'message action',
    path: '/mail-policies/dlp-policy-customizations',
    table: 'message-action-table',
    add: (m) => m.getByRole('link', { name: 'Add Message Action…' }).click(),
    name: '#action-name',
  },
  {
    what: 'custom classifier',
    path: '/mail-policies/dlp-policy-customizations',
    table: 'custom-classifier-table',
    add: (m) => m.getByRole('link', { name: 'Add Custom Classifier…' }).click(),
    name: '#cc-name',
    fill: async (m) => {
      await m.locator('#rule-0-type').selectOption('words');
      await m.locator('#rule-0-words').fill('confidential');
    },
  },
  {
    what: 'dictionary',
    path: '/mail-policies/dlp-policy-manager',
    link: 'Custom DLP Dictionaries',
    table: 'dictionary-table',
    add: (m) => m.getByRole('link', { name: 'Add Dictionary…' }).click(),
    name: '#dict-name',
    fill: (m) => m.getByLabel('Terms').fill('Zentravir\nOxaprolin'),
  },
  {
    what: 'encryption profile',
    path: '/security-services/email-encryption',
    table: 'profile-table',
    add: (m) => m.getByRole('link', { name: 'Add Encryption Profile…', exact: true }).click(),
    name: '#profile-name',
  },
  {
    what: 'policy quarantine',
    path: '/monitor/quarantines',
    table: 'quarantine-table',
    add: (m) => m.getByRole('link', { name: 'Add Policy Quarantine…' }).click(),
    name: '#q-name',
  },
  {
    what: 'outgoing mail policy',
    path: '/mail-policies/outgoing-mail-policies',
    table: 'outgoing-policy-table',
    add: (m) => m.getByRole('link', { name: 'Add Policy…' }).click(),
    name: '#policy-name',
    fill: (m) => m.getByLabel('Recipient').fill('@partner.example'),
  },
];

test.beforeEach(async ({ page }) => prepare(page));

for (const form of forms) {
  test(`naughty names typed into the ${form.what} form are listed exactly as typed, or refused at the name field as the schema says`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const dialogs = watchDialogs(page);
    const tried = names();
    let stored = 0;
    let refused = 0;
    for (const s of tried) {
      const label = `${form.what}: ${JSON.stringify(s)}`;
      await open(page, form.path);
      if (form.link) await page.getByRole('link', { name: form.link }).click();
      const m = page.getByRole('main');
      await form.add(m);
      const field = m.locator(form.name);
      await field.fill(s);
      await form.fill?.(m, s);
      expect(await field.inputValue(), label).toBe(s);
      await m.getByRole('button', { name: 'Submit', exact: true }).click();
      const fieldError = m.locator(`${form.name} ~ .field-error`);
      await expect.poll(async () => (await fieldError.count()) > 0 || (await field.count()) === 0, label).toBe(true);
      const accepted = nameSchema.safeParse(s).success;
      if (await fieldError.count()) {
        expect(accepted, `${label} refused though the schema accepts it: ${await fieldError.textContent()}`).toBe(false);
        await expect(fieldError, label).toHaveText(/name/i);
        refused++;
        continue;
      }
      expect(accepted, `${label} stored though the schema refuses it`).toBe(true);
      await expect.poll(() => listed(page, form.table, s), label).toBe(true);
      stored++;
    }
    expect(stored, 'some names are stored').toBeGreaterThan(0);
    expect(refused, 'some names are refused').toBeGreaterThan(0);
    // Nothing refused reached the pending changes: a commit takes what was stored.
    await commit(page, 'Naughty names');
    await expectNothingRan(page, dialogs);
    console.info(`${form.what} form: ${tried.length} tried, ${stored} listed exactly, ${refused} refused at the field`);
  });
}
