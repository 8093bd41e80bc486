/**
 * Hostile names in the configuration pages: a configuration file whose policy, message action,
 * classifier, profile, text resource and quarantine names are naughty strings imports, commits and
 * is listed back exactly on every page; names the schema refuses stop the import at their JSON
 * path; a representative subset typed into the Add Text Resource form is stored and listed exactly
 * or refused next to the field. No dialog, no script from content, no console error.
 */
import type { Page } from '@playwright/test';
import { defaultConfig, defaultEncryptionProfile } from '../../src/engine/config/defaults.ts';
import { exportConfig, exportText } from '../../src/engine/config/export-import.ts';
import { name as nameSchema } from '../../src/engine/config/schema/common.ts';
import type { ApplianceConfig } from '../../src/engine/config/schema/index.ts';
import { createPolicyFromTemplate } from '../../src/engine/dlp/index.ts';
import { naughtyStrings } from '../helpers/naughty.ts';
import { commit, expect, open, test } from './fixtures.ts';
import { expectNothingRan, naughtySubset, watchDialogs } from './naughty-helpers.ts';
import { messageAction } from '../helpers/message-action.ts';

const action = (name: string) => messageAction(name);

/** The accepted naughty names, one per case-insensitive spelling (names are unique regardless of case). */
function acceptedNames(): string[] {
  const seen = new Set<string>();
  return naughtyStrings.filter((s) => nameSchema.safeParse(s).success && !seen.has(s.toLowerCase()) && seen.add(s.toLowerCase()));
}

/** An export file with `names` as every kind of name. */
function naughtyFile(names: readonly string[]): Buffer {
  const c = defaultConfig();
  const config: ApplianceConfig = {
    ...c,
    encryption: { ...c.encryption, enabled: true, licenseAccepted: true, profiles: names.map((n) => defaultEncryptionProfile(n)) },
    textResources: [...c.textResources, ...names.map((n) => ({ name: n, type: 'disclaimer' as const, text: n }))],
    quarantines: [...c.quarantines, ...names.map((n) => ({ ...c.quarantines[0]!, name: n, system: false }))],
    dlp: {
      ...c.dlp,
      enabled: true,
      licenseAccepted: true,
      messageActions: names.map(action),
      policies: names.map((n) => createPolicyFromTemplate('pci-dss', n, n)),
      customClassifiers: names.map((n) => ({
        name: n,
        description: '',
        proximity: 50,
        minimumTotalScore: 1,
        match: 'any' as const,
        rules: [{ type: 'regex' as const, pattern: 'ACME-\\d{6}', exclude: '', weight: 1, maxScore: 10 }],
      })),
    },
  };
  return Buffer.from(exportText(exportConfig(config, 'test', 0)));
}

/** The exact text of the first link in each row of a table (the name column), once the page has loaded it. */
async function namesIn(page: Page, table: string): Promise<(string | null)[]> {
  await expect(page.getByTestId(table).locator('tbody tr').first()).toBeVisible({ timeout: 30_000 });
  return page
    .locator(`[data-testid="${table}"] tbody tr`)
    .evaluateAll((rows) => rows.map((r) => r.querySelector('a')?.textContent ?? null));
}

async function importFile(page: Page, buffer: Buffer): Promise<void> {
  await open(page, '/system-administration/configuration-file');
  await page.getByTestId('import-input').setInputFiles({ name: 'naughty.json', mimeType: 'application/json', buffer });
}

test('a configuration named with every accepted naughty string imports and every page lists the names exactly', async ({ page }) => {
  test.setTimeout(120_000);
  const dialogs = watchDialogs(page);
  const names = acceptedNames();
  expect(names.length).toBeGreaterThan(200);
  await importFile(page, naughtyFile(names));
  await page.getByRole('button', { name: 'Load as pending changes' }).click();
  await commit(page, 'Naughty names');

  await open(page, '/mail-policies/dlp-policy-manager');
  expect(await namesIn(page, 'dlp-policy-table')).toEqual(names);
  await open(page, '/mail-policies/dlp-policy-customizations');
  expect(await namesIn(page, 'message-action-table')).toEqual(names);
  expect(await namesIn(page, 'custom-classifier-table')).toEqual(names);
  await open(page, '/security-services/email-encryption');
  expect(await namesIn(page, 'profile-table')).toEqual(names);
  await open(page, '/mail-policies/text-resources');
  expect((await namesIn(page, 'text-resource-table')).slice(-names.length)).toEqual(names);
  await open(page, '/monitor/quarantines');
  expect((await namesIn(page, 'quarantine-table')).slice(-names.length)).toEqual(names);
  await open(page, '/system-administration/configuration-editor');
  await expect(page.locator('.monaco-editor').first()).toBeVisible();
  await expectNothingRan(page, dialogs);
});

test('an import whose names the schema refuses is stopped at each name’s JSON path and changes nothing', async ({ page }) => {
  const dialogs = watchDialogs(page);
  const refused = naughtySubset().filter((s) => !nameSchema.safeParse(s).success);
  expect(refused.length).toBeGreaterThan(10);
  for (const s of refused.slice(0, 12)) {
    await importFile(page, naughtyFile([s]));
    const banner = page.getByTestId('error-banner');
    await expect(banner, JSON.stringify(s)).toContainText('$.config.dlp.policies[0].name');
    await expect(banner).toContainText('$.config.encryption.profiles[0].name');
    await expect(page.getByText('Nothing was changed.')).toBeVisible();
    await expect(page.getByTestId('commit-button')).toHaveText('No Changes Pending');
  }
  await expectNothingRan(page, dialogs);
});

test('naughty text resource names and texts typed into the form are listed exactly or refused at the field', async ({ page }) => {
  // About 65 submits through the form on a shared two-core machine.
  test.setTimeout(300_000);
  const dialogs = watchDialogs(page);
  const strings = naughtySubset();
  let stored = 0;
  let refused = 0;
  await open(page, '/mail-policies/text-resources');
  for (const s of strings) {
    await page.getByRole('link', { name: 'Add Text Resource…' }).click();
    await page.locator('#resource-name').fill(s);
    await page.locator('#resource-text').fill(s);
    expect(await page.locator('#resource-name').inputValue(), 'what the field holds').toBe(s);
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    // Either the form closes (stored) or it stays with a message under the name.
    const fieldError = page.locator('#resource-name ~ .field-error');
    await expect
      .poll(async () => (await fieldError.count()) > 0 || (await page.locator('#resource-name').count()) === 0, JSON.stringify(s))
      .toBe(true);
    const accepted = nameSchema.safeParse(s).success;
    if (await fieldError.count()) {
      await expect(fieldError, JSON.stringify(s)).toHaveText(/name/);
      expect(accepted, `${JSON.stringify(s)} refused though the schema accepts it`).toBe(false);
      refused++;
      await page.getByRole('button', { name: 'Cancel', exact: true }).click();
      continue;
    }
    // Stored exactly as typed: a name with spaces at an end is refused at the field, never trimmed behind the user's back.
    expect(accepted, `${JSON.stringify(s)} stored though the schema refuses it`).toBe(true);
    await expect.poll(() => namesIn(page, 'text-resource-table'), JSON.stringify(s)).toContain(s);
    stored++;
  }
  expect(stored + refused).toBe(strings.length);
  await expectNothingRan(page, dialogs);
  console.info(`text resource form: ${strings.length} tried, ${stored} listed exactly, ${refused} refused at the name field`);
});
