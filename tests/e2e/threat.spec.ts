import { expect, test, type Page } from '@playwright/test';
import { appPort, port } from '../../playwright.config';
import { openMap, regionRow } from './mapState';

/**
 * The terrorism-threat regime through the built app (issue 13 §5): the region table's
 * `data-threat` (CONTRACT.md), the details panel, the legend, the About text and the embed
 * `state` message.
 */

const allRegions = ['KZ-AKM', 'KZ-AKT', 'KZ-ALM', 'KZ-ATY', 'KZ-ZAP', 'KZ-ZHA', 'KZ-KAR', 'KZ-KUS', 'KZ-KZY', 'KZ-MAN', 'KZ-PAV', 'KZ-SEV', 'KZ-YUZ', 'KZ-VOS', 'KZ-AST', 'KZ-ALA', 'KZ-SHY'];

async function threatOf(page: Page, id: string) {
  return regionRow(page, id).getAttribute('data-threat');
}

test.describe('data-threat in the region table', () => {
  test('?t=2022-01-05: no level in force anywhere before the KNB raised it', async ({ page }) => {
    await openMap(page, '?t=2022-01-05');
    await expect(page.locator('[data-testid="region-table"] tr[data-threat="none"]')).toHaveCount(17);
  });

  for (const day of ['2022-01-06', '2022-01-08']) {
    test(`?t=${day}: red in all 17 units`, async ({ page }) => {
      await openMap(page, `?t=${day}`);
      await expect(page.locator('[data-testid="region-table"] tr[data-threat="red"]')).toHaveCount(17);
    });
  }

  test('?t=2022-01-14: red stays in Almaty city, Almaty Region and Zhambyl; orange in Nur-Sultan and Shymkent', async ({ page }) => {
    await openMap(page, '?t=2022-01-14');
    const expected: Record<string, string> = {
      'KZ-ALA': 'red',
      'KZ-ALM': 'red',
      'KZ-ZHA': 'red',
      'KZ-AST': 'orange',
      'KZ-SHY': 'orange',
      'KZ-ZAP': 'yellow',
      'KZ-PAV': 'yellow',
      'KZ-MAN': 'none',
      'KZ-KZY': 'none',
    };
    for (const [id, level] of Object.entries(expected)) await expect(regionRow(page, id), id).toHaveAttribute('data-threat', level);
  });

  test('?t=2022-01-20: the emergency is over everywhere while red holds in the three southern units', async ({ page }) => {
    await openMap(page, '?t=2022-01-20');
    await expect(page.locator('[data-testid="region-table"] tr[data-emergency="true"]')).toHaveCount(0);
    await expect(page.locator('[data-testid="region-table"] tr[data-threat="red"]')).toHaveCount(3);
    expect(await threatOf(page, 'KZ-AST')).toBe('orange');
  });

  test('stepping the slider across 00:00 on 26 January turns Almaty from red to orange', async ({ page }) => {
    await openMap(page, '?t=2022-01-25T23:00');
    await expect(regionRow(page, 'KZ-ALA')).toHaveAttribute('data-threat', 'red');
    await page.getByRole('slider', { name: 'Moment in January 2022 (Almaty time)' }).press('ArrowRight');
    await expect(regionRow(page, 'KZ-ALA')).toHaveAttribute('data-threat', 'orange');
  });

  test('the table reads the level in words and the latest figures reported in a region', async ({ page }) => {
    await openMap(page, '?t=2022-01-14');
    const almaty = regionRow(page, 'KZ-ALA');
    await expect(almaty).toContainText('red (critical)');
    await expect(almaty.locator('td[data-figures]')).toContainText('detained (Almaty crisis centre)');
  });
});

test.describe('the level where readers look', () => {
  test('the details panel of a region says its level and its latest figures with their source', async ({ page }) => {
    await openMap(page, '?t=2022-01-14');
    await page.locator('path[data-region="KZ-ZHA"]').focus();
    await page.keyboard.press('Enter');
    const details = page.locator('.qm-details');
    await expect(details).toContainText('Terrorism-threat level: red (critical)');
    await expect(details.getByTestId('region-figures')).toContainText('10 dead (Health Ministry via Khabar 24');
  });

  test('the legend explains the outline and About explains both regimes, in Russian too', async ({ page }) => {
    await openMap(page, '?t=2022-01-14');
    await expect(page.getByTestId('threat-key')).toContainText('orange (high)');
    await page.getByRole('button', { name: 'About this map' }).click();
    await expect(page.getByRole('dialog', { name: 'About this map' })).toContainText('Two regimes: emergency and terrorism threat');
    await openMap(page, '?t=2022-01-14&lang=ru');
    await expect(page.getByTestId('threat-key')).toContainText('«оранжевый» (высокий)');
  });

  test('the map draws a threat outline for each region at a level, and none where none is in force', async ({ page }) => {
    await openMap(page, '?t=2022-01-27');
    // Orange in Almaty city, Almaty Region and Zhambyl only: one casing and one line each.
    await expect(page.locator('.leaflet-qm-threat-pane path:not([stroke-opacity="0"])')).toHaveCount(6);
  });
});

test.describe('the embed state message', () => {
  const app = `http://127.0.0.1:${appPort}/`;
  const hostOrigin = `http://127.0.0.1:${port}`;

  test('carries threat for every region, and follows set-time', async ({ page }) => {
    const src = `${app}?embed=1&id=map-1&t=2022-01-14&origin=${encodeURIComponent(hostOrigin)}`;
    await page.goto(`${hostOrigin}/embed.js`);
    await page.setContent(`<!doctype html><meta charset="utf-8"><title>host</title>
<script>
  window.states = [];
  addEventListener('message', (e) => { if (e.data && e.data.type === 'state') window.states.push(e.data); });
</script>
<iframe id="map" src="${src.replaceAll('&', '&amp;')}" style="width:640px;height:600px;border:0"></iframe>`);
    await expect(page.frameLocator('#map').locator('path[data-region]')).toHaveCount(17);
    const latest = () => page.evaluate(() => (window as unknown as { states: { t: string; regions: Record<string, { threat: string }> }[] }).states.at(-1));
    await expect.poll(async () => (await latest())?.t).toBe('2022-01-15T00:00');
    const state = await latest();
    expect(Object.keys(state?.regions ?? {}).sort()).toEqual([...allRegions].sort());
    expect(state?.regions['KZ-ALA']).toMatchObject({ status: 'violence', threat: 'red' });
    expect(state?.regions['KZ-AST']?.threat).toBe('orange');

    await page.evaluate(() => document.querySelector<HTMLIFrameElement>('#map')!.contentWindow!.postMessage({ target: 'qantar-map', version: 1, type: 'set-time', t: '2022-01-27' }, '*'));
    await expect.poll(async () => (await latest())?.t).toBe('2022-01-28T00:00');
    expect((await latest())?.regions['KZ-ALA']?.threat).toBe('orange');
    expect((await latest())?.regions['KZ-AST']?.threat).toBe('none');
  });
});
