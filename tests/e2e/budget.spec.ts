import { expect, test } from '@playwright/test';
import { firstViewBudgetBytes, firstViewFiles, totalsByPart } from '../../scripts/firstViewFiles.mjs';

// Bytes are deterministic, so the first-view budget is a test; timings live in `npm run bench`.
const files = firstViewFiles('dist');

test('the embed first view stays within its byte budget (gzip), data included', () => {
  const report = totalsByPart(files)
    .map(({ part, raw, gzip }) => `${part.padEnd(9)} ${(gzip / 1000).toFixed(1).padStart(6)} kB gzip  ${(raw / 1000).toFixed(1).padStart(7)} kB raw`)
    .join('\n');
  const total = files.reduce((sum, file) => sum + file.gzip, 0);
  expect(total, `first view ${total} B gzip > budget ${firstViewBudgetBytes} B:\n${report}`).toBeLessThanOrEqual(firstViewBudgetBytes);
  // Each part is there: a list that lost a part would pass the budget for the wrong reason.
  expect(new Set(files.map((file) => file.part))).toEqual(new Set(['html', 'js', 'css', 'geometry', 'events']));
});

test('the budget counts everything the embed downloads before the map is drawn; details come after', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http')) requested.push(url.pathname.replace(/^\//, ''));
  });
  await page.goto('/?embed=1&t=2022-01-06');
  await expect(page.locator('path[data-region]')).toHaveCount(17);
  const beforeDrawn = [...requested];
  const counted = new Set(files.map((file) => file.file));
  const uncounted = beforeDrawn.map((path) => path || 'index.html').filter((path) => !counted.has(path));
  expect(uncounted, 'downloaded for the first view but not in the budget').toEqual([]);
  expect(beforeDrawn.some((path) => path.includes('events.details-'))).toBe(false);
  // Descriptions and sources follow when the page is idle.
  await expect.poll(() => requested.some((path) => path.includes('events.details-'))).toBe(true);
});
