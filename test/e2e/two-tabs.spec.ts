/**
 * Two tabs of the app over one database, end to end: each tab runs its own engine worker. A traffic
 * run in one tab while the other sends through Compose must keep every confirmed message: exactly
 * as many stored and tracked as were confirmed, each under its own MID.
 */
import { expect, open, stored, test } from './fixtures.ts';

// Long enough (2-4 s) that the sends, whose first one also waits for the other tab's engine to load
// its service, surely fall within the run: with 2,000 (about a second) all ten sometimes came after it.
const TRAFFIC = 6000;
const SENDS = 10;

test('a traffic run in one tab while the other tab sends keeps every confirmed message', async ({ page, context }) => {
  test.setTimeout(180_000);
  const other = await context.newPage();
  await open(page, '/simulation/traffic');
  await open(other, '/simulation/compose');

  // The composer is filled in before the run starts, so the first send follows the start at once.
  await other.getByLabel('Envelope sender').fill('carol@example.com');
  await other.getByLabel('To', { exact: true }).fill('dave@partner.example');
  await page.getByLabel('Number of messages').fill(String(TRAFFIC));
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByTestId('traffic-progress')).toBeVisible();

  const confirmed: number[] = [];
  for (let i = 1; i <= SENDS; i += 1) {
    await other.getByLabel('Subject').fill(`Tab two, message ${i}`);
    await other.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(other.getByRole('heading', { name: `Sent: Tab two, message ${i}` })).toBeVisible({ timeout: 30_000 });
    const text = (await other.getByTestId('sent-banner').textContent()) ?? '';
    confirmed.push(Number(/MID (\d+)/.exec(text)?.[1]));
  }
  await expect(page.getByTestId('traffic-done')).toContainText(`Done: ${TRAFFIC.toLocaleString('en-US')} messages processed`, {
    timeout: 150_000,
  });

  // The sends really overlapped the run: some of their MIDs fall inside the run's range.
  const range = /MID (\d+)–(\d+)/.exec((await page.getByTestId('traffic-done').textContent()) ?? '');
  const [first, last] = [Number(range?.[1]), Number(range?.[2])];
  expect(
    confirmed.some((mid) => mid > first && mid < last),
    `sends ${confirmed.join(',')} within ${first}–${last}`,
  ).toBe(true);

  const { messages, tracked } = await stored(page);
  expect(messages).toBe(TRAFFIC + SENDS);
  expect(tracked).toHaveLength(TRAFFIC + SENDS);
  expect(new Set(tracked.map((r) => r.mid)).size).toBe(TRAFFIC + SENDS);
  expect(new Set(confirmed).size).toBe(SENDS);
  const byMid = new Map(tracked.map((r) => [r.mid, r.subject]));
  expect(confirmed.map((mid) => byMid.get(mid))).toEqual(confirmed.map((_, i) => `Tab two, message ${i + 1}`));
  await other.close();
});
