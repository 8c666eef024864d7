import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openMap, regionRow } from './mapState';

/**
 * Official counts published after the window (geo/later-counts.json, issue 13 §4) through the
 * built app: apart from the figures known at the instant, in the details panel and the table.
 */

const file = JSON.parse(readFileSync('geo/later-counts.json', 'utf8')) as { regions: { region: string; value: number; date: string }[] };

async function openRegion(page: Page, id: string) {
  await page.locator(`path[data-region="${id}"]`).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.qm-details')).toHaveAttribute('data-focus', id);
}

test.describe('later official counts', () => {
  test('the details panel of Almaty city gives both of the Prosecutor General’s counts, newest first, apart from the figures known at t', async ({ page }) => {
    await openMap(page, '?t=2022-01-06');
    await openRegion(page, 'KZ-ALA');
    const later = page.getByTestId('later-counts');
    await expect(later.locator('li')).toHaveText([
      '151 dead (Prosecutor General Berik Asylov, in the Mazhilis, 5 January 2023)',
      '139 dead (Prosecutor General Berik Asylov, in the Mazhilis, 14 March 2022)',
    ]);
    await expect(page.getByRole('heading', { name: 'Later official counts' })).toBeVisible();
    // Known at t is another list: on 6 January nobody had said 151 or 139.
    await expect(page.getByTestId('region-figures')).not.toContainText('151');
    await expect(page.getByTestId('region-figures')).not.toContainText('139');
  });

  test('a region with no later count says so', async ({ page }) => {
    await openMap(page, '?t=2022-01-06');
    await openRegion(page, 'KZ-MAN');
    await expect(page.getByTestId('later-counts')).toHaveText('none published');
  });

  test('the region table carries the newest count per region, the same at every instant', async ({ page }) => {
    for (const t of ['2022-01-03', '2022-01-31']) {
      await openMap(page, `?t=${t}`);
      await expect(regionRow(page, 'KZ-ALA').locator('[data-later-counts]')).toHaveText('151 dead (Prosecutor General Berik Asylov, in the Mazhilis, 5 January 2023)');
      await expect(regionRow(page, 'KZ-ZHA').locator('[data-later-counts]')).toContainText('17 dead');
      await expect(regionRow(page, 'KZ-MAN').locator('[data-later-counts]')).toHaveText('none published');
    }
    const withCounts = new Set(file.regions.map((count) => count.region));
    await expect(page.locator('[data-testid="region-table"] [data-later-counts]:not(:has(.qm-muted))')).toHaveCount(withCounts.size);
  });

  test('in Kazakh and Russian, with the dates of the project’s own calendar', async ({ page }) => {
    await openMap(page, '?t=2022-01-06&lang=kk');
    await openRegion(page, 'KZ-ALA');
    await expect(page.getByTestId('later-counts').locator('li').first()).toHaveText(/^қаза тапқандар: 151 \(Бас прокурор Берік Асылов, Мәжілісте, 2023 жылғы 5 қаңтар\)$/);
    await openMap(page, '?t=2022-01-06&lang=ru');
    await openRegion(page, 'KZ-ALA');
    await expect(page.getByTestId('later-counts').locator('li').first()).toHaveText('погибших: 151 (генпрокурор Берик Асылов в Мажилисе, 5 января 2023)');
  });

  test('the Download dialog offers the file as it is in geo/', async ({ page, request }) => {
    await openMap(page);
    await page.getByRole('button', { name: 'Download data and image' }).click();
    await expect(page.getByTestId('download-csv')).toBeVisible({ timeout: 15_000 });
    const link = page.getByRole('link', { name: 'Later official counts by region (JSON)' });
    await expect(link).toHaveAttribute('download', 'later-counts.json');
    const response = await request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
    expect(await response.json()).toEqual(JSON.parse(readFileSync('geo/later-counts.json', 'utf8')));
  });
});
