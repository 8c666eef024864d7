import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { FeatureCollection } from 'geojson';
import { deriveServedFiles } from '../derivedFiles';
import { pointInside } from './pointInside';
import { serveDerived, servedPatterns } from './serveDerived';
import { watchPage } from './pageWatch';

interface CityJson {
  features: { id: string; properties: { name_en: string; label: boolean } }[];
}

const cities = JSON.parse(readFileSync('geo/cities.geojson', 'utf8')) as CityJson;
const labelledCities = cities.features.filter((city) => city.properties.label);

/** The region tooltip is titled `text`; a tooltip that just closed fades for 200 ms, so wait it out. */
async function expectRegionTooltip(page: Page, text: string | RegExp) {
  const tooltips = page.locator('.qm-region-tooltip');
  await expect(tooltips).toHaveCount(1);
  await expect(tooltips.locator('strong')).toHaveText(text);
  await expect(tooltips).toBeVisible();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test.describe('first screen', () => {
  test('draws the 17 units of January 2022 and every city, with nothing from other origins', async ({ page, baseURL }) => {
    const watch = await watchPage(page, new URL(baseURL ?? '').origin);
    await page.goto('/');

    await expect(page.locator('path[data-region]')).toHaveCount(17);
    const regionIds = await page.locator('path[data-region]').evaluateAll((paths) =>
      paths.map((path) => path.getAttribute('data-region')).sort(),
    );
    expect(regionIds).toContain('KZ-SHY');
    expect(regionIds).toContain('KZ-AST');
    expect(new Set(regionIds).size).toBe(17);

    await expect(page.locator('.leaflet-qm-cities-pane path')).toHaveCount(
      cities.features.length,
    );
    for (const city of labelledCities) {
      await expect(page.locator('.qm-city-label', { hasText: city.properties.name_en }).first()).toBeVisible();
    }
    await expect(page.locator('.leaflet-control-attribution')).toContainText('Natural Earth');
    await expect(page.locator('.leaflet-control-attribution')).toContainText('OpenStreetMap');
    await expect(page.locator('.leaflet-control-attribution')).toContainText('GeoNames');
    // Regions are SVG paths (the canvas renderer would leave no path elements).
    await expect(page.locator('.leaflet-overlay-pane svg path[data-region="KZ-MAN"]')).toHaveCount(1);

    await page.screenshot({ path: test.info().outputPath('first-screen.png') });
    await page.screenshot({ path: 'test-results/first-screen.png' });

    expect(watch.consoleErrors).toEqual([]);
    expect(watch.pageErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(await watch.cspViolations()).toEqual([]);
  });

  test('the built page carries the Content-Security-Policy of CONTRACT.md', async ({ page }) => {
    await page.goto('/');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
  });

  test('hovering a region names it as of January 2022, with its state at the instant', async ({ page }) => {
    // Before any event in the capital, so no marker covers its small outline.
    await page.goto('/?t=2022-01-02');
    const mangystau = page.locator('path[data-region="KZ-MAN"]');
    await expect(mangystau).toHaveCount(1);
    const { x, y } = await pointInside(mangystau);
    await page.mouse.move(x, y);
    await expectRegionTooltip(page, 'Mangystau Region');
    await expect(page.locator('.qm-region-tooltip')).toContainText('Protests · no state of emergency');

    // The capital's polygon is a few pixels wide: its symbol at the city stands in for it.
    await page.locator('[data-city-region="KZ-AST"]').hover();
    await expectRegionTooltip(page, 'Nur-Sultan (today: Astana)');
  });

  test('Shymkent carries its schematic-outline caveat for readers', async ({ page }) => {
    await page.goto('/');
    const shymkent = page.locator('path[data-region="KZ-SHY"]');
    await shymkent.focus();
    await expectRegionTooltip(page, 'Shymkent');
    await expect(page.locator('.qm-region-tooltip')).toContainText("Schematic outline: a circle of the city's official area");
    await expect(shymkent).toHaveAttribute('aria-label', /Shymkent\. Schematic outline/);
  });

  test('keyboard focus on a region names it, and an arrow key moves to the next feature east', async ({ page }) => {
    await page.goto('/');
    const almaty = page.locator('path[data-region="KZ-ALA"]');
    await almaty.focus();
    await expect(almaty).toBeFocused();
    await expectRegionTooltip(page, 'Almaty');
    await expect(almaty).toHaveAttribute('aria-label', 'Almaty');

    // The map is one tab stop: arrows move between its features (a roving tabindex, rovingFocus.ts).
    await page.keyboard.press('ArrowRight');
    const next = await page.evaluate(() => document.activeElement?.getAttribute('data-region') ?? null);
    const nextPlace = await page.evaluate(() => document.activeElement?.getAttribute('data-place') ?? null);
    expect(next ?? nextPlace).toBeTruthy();
    expect(next).not.toBe('KZ-ALA');
    // The aria-label starts with the tooltip's name (a caveat sentence or the place's state follow).
    const nextLabel = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    const name = nextLabel.split(/\. |: /)[0] ?? '';
    await expect(page.locator(next ? '.qm-region-tooltip' : '.qm-place-tooltip')).toContainText(new RegExp(`^${escapeRegExp(name)}`));
  });

  test('a broken data file gives a clear message naming the file, not a blank page', async ({ page }) => {
    await page.route(servedPatterns['base.topo.json'], (route) => route.fulfill({ status: 200, body: '{"type":"Topology' }));
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('base.topo.json');
    await expect(alert).toContainText('not valid JSON');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('a data file that fails validation names the feature and field', async ({ page }) => {
    const withoutKazakhName = (layer: FeatureCollection) => {
      const copy = structuredClone(layer);
      delete copy.features[3]!.properties!.name_kk;
      return copy;
    };
    await serveDerived(page, deriveServedFiles({ regions: withoutKazakhName }));
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText(/base\.topo\.json › regions: feature KZ-[A-Z]{3}: property name_kk/);
  });

  test('a data file that cannot be downloaded is reported', async ({ page }) => {
    await page.route(servedPatterns['lakes.geojson'], (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('lakes.geojson: could not be downloaded (HTTP 404)');
  });
});
