import { expect, test, type Page } from '@playwright/test';
import { instantLabel, openMap } from './mapState';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;

/** The boxes of the city names a reader can see (hidden ones are culled by the label placement). */
async function visibleLabels(page: Page): Promise<{ text: string; box: Box }[]> {
  return page.locator('.qm-city-label').evaluateAll((labels) =>
    labels
      .filter((label) => getComputedStyle(label).visibility === 'visible')
      .map((label) => {
        const { x, y, width, height } = label.getBoundingClientRect();
        return { text: label.textContent ?? '', box: { x, y, width, height } };
      }),
  );
}

async function mapBox(page: Page): Promise<Box> {
  const box = await page.locator('.qm-map').boundingBox();
  if (!box) throw new Error('no map on the page');
  return box;
}

function expectNoOverlaps(labels: { text: string; box: Box }[], others: { text: string; box: Box }[] = []) {
  const all = [...labels, ...others];
  for (const [i, a] of all.entries()) {
    for (const b of all.slice(i + 1)) expect(overlap(a.box, b.box), `${a.text} overlaps ${b.text}`).toBe(false);
  }
}

test.describe('map labels, tooltips and selection (issue 14: MAPVIZ)', () => {
  for (const width of [390, 1366]) {
    for (const t of ['2022-01-02', '2022-01-05', '2022-01-25']) {
      test(`at ${width} px on ${t}, no two visible city labels overlap and none is clipped by the map`, async ({ page }) => {
        await page.setViewportSize({ width, height: width < 600 ? 844 : 800 });
        await openMap(page, `?t=${t}`);
        const labels = await visibleLabels(page);
        // The capital and the city-regions always find room.
        expect(labels.map((label) => label.text)).toEqual(expect.arrayContaining(['Nur-Sultan', 'Almaty', 'Shymkent']));
        expectNoOverlaps(labels);
        const frame = await mapBox(page);
        for (const label of labels) expect(inside(label.box, frame), `${label.text} is clipped`).toBe(true);
      });
    }
  }

  test('the spread view adds dots and a key, and no label overlaps another or the key', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openMap(page, '?t=2022-01-06');
    await page.getByRole('checkbox', { name: 'Show the day protests reached each place' }).check();
    await expect(page.getByTestId('spread-key')).toBeVisible();
    await expect(page.locator('path.qm-spread-dot').first()).toBeVisible();
    const keyBox = await page.getByTestId('spread-key').boundingBox();
    const labels = await visibleLabels(page);
    expect(labels.length).toBeGreaterThan(3);
    expectNoOverlaps(labels, keyBox ? [{ text: 'the day key', box: keyBox }] : []);
  });

  test('?event=KZ22-069 alone opens on 6 January with that event in view in the list', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 800 });
    await openMap(page, '?event=KZ22-069');
    await expect(instantLabel(page)).toContainText('6 January 2022');
    const item = page.getByTestId('event-list').locator('li[data-event="KZ22-069"]');
    await expect(item).toHaveAttribute('aria-current', 'true');
    await expect(item).toBeInViewport();
  });

  test('a click on the Almaty city location selects Almaty, not the airport stacked on it', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 800 });
    await openMap(page, '?t=2022-01-06');
    const city = page.locator('path[data-place="almaty"]');
    const box = await city.boundingBox();
    if (!box) throw new Error('no Almaty marker');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(city).toHaveClass(/qm-place--selected/);
    await expect(page.locator('path[data-place="almaty-international-airport"]')).not.toHaveClass(/qm-place--selected/);
  });

  test('selecting an event keeps the national frame when its place is on screen', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 800 });
    await openMap(page, '?t=2022-01-06');
    // Where the northernmost region sits inside the map (the page itself may scroll to the list).
    const north = async () => {
      const [region, frame] = [await page.locator('path[data-region="KZ-SEV"]').boundingBox(), await mapBox(page)];
      return { x: (region?.x ?? Number.NaN) - frame.x, y: (region?.y ?? Number.NaN) - frame.y };
    };
    const before = await north();
    await page.getByTestId('event-list').locator('li[data-event="KZ22-049"]').getByRole('button').click();
    await expect(page).toHaveURL(/event=KZ22-049/);
    await page.waitForTimeout(400);
    const after = await north();
    expect(after.x).toBeCloseTo(before.x, 0);
    expect(after.y).toBeCloseTo(before.y, 0);
  });

  test('a tooltip is a readable width, stays inside the map, can be hovered, and Escape hides it', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openMap(page, '?t=2022-01-05');
    // East Kazakhstan touches the map's right edge: the tooltip must shift to stay inside.
    const region = page.locator('path[data-region="KZ-VOS"]');
    const regionBox = await region.boundingBox();
    if (!regionBox) throw new Error('no East Kazakhstan');
    await page.mouse.move(regionBox.x + regionBox.width * 0.85, regionBox.y + regionBox.height * 0.5);
    const tooltip = page.locator('.qm-region-tooltip');
    await expect(tooltip).toBeVisible();
    const box = await tooltip.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(150);
    expect(inside(box!, await mapBox(page))).toBe(true);
    // Hoverable: the pointer moves onto the tooltip and it stays.
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2, { steps: 5 });
    await page.waitForTimeout(500);
    await expect(tooltip).toBeVisible();
    // Escape closes this tooltip (the region the pointer now rests on may open its own).
    const id = await tooltip.getAttribute('id');
    await page.keyboard.press('Escape');
    await expect(page.locator(`[id="${id}"]`)).toBeHidden();
  });

  test('the map credits are marked as English in Russian and Kazakh', async ({ page }) => {
    await openMap(page, '?lang=kk');
    await expect(page.locator('.leaflet-control-attribution')).toHaveAttribute('lang', 'en');
  });
});
