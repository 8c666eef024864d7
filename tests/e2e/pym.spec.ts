import { expect, test, type Frame, type Page } from '@playwright/test';
import { appPort } from '../../playwright.config';

/**
 * A host page that sizes the map with the real pym.js (npm pym.js 1.3.2, examples/pym.html), served
 * from the default port; the map from another origin. No qantar-map script runs on the host.
 */
const app = `http://127.0.0.1:${appPort}/`;
const pymPage = `/examples/pym.html?app=${encodeURIComponent(app)}`;

interface PymHost {
  pymHeights: number[];
}

async function pymFrame(page: Page): Promise<Frame> {
  const iframe = page.locator('#map-slot iframe');
  await expect(iframe).toHaveCount(1);
  const frame = await (await iframe.elementHandle())!.contentFrame();
  await expect(frame!.locator('path[data-region]')).toHaveCount(17);
  return frame!;
}

/** The frame's height as pym.js set it (its `height` attribute, "612px") and the map's own height. */
async function heights(page: Page, frame: Frame): Promise<{ attribute: number; box: number; map: number }> {
  const iframe = page.locator('#map-slot iframe');
  const attribute = Number.parseFloat((await iframe.getAttribute('height')) ?? 'NaN');
  const box = await iframe.evaluate((element) => element.getBoundingClientRect().height);
  const map = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  return { attribute, box, map };
}

const ignored = (frame: Frame) => frame.evaluate(() => Number(document.documentElement.dataset.ignoredMessages ?? 0));

test.describe('a pym.js parent on another origin', () => {
  test('sizes the frame to the height the map reports, with no script of ours on the page', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pymPage);
    const frame = await pymFrame(page);
    const src = new URL((await page.locator('#map-slot iframe').getAttribute('src'))!);
    expect(src.origin).toBe(new URL(app).origin);
    expect(src.searchParams.get('childId')).toBe('map-slot');
    expect(Number(src.searchParams.get('initialWidth'))).toBeGreaterThan(0);
    expect(await page.evaluate(() => 'qantarMap' in window)).toBe(false);

    await expect.poll(async () => {
      const { attribute, box, map } = await heights(page, frame);
      return attribute === map && Math.abs(box - map) <= 1;
    }).toBe(true);
    const wide = (await heights(page, frame)).map;
    expect(wide).toBeGreaterThan(300);
    expect(await page.evaluate(() => (window as unknown as PymHost).pymHeights.at(-1))).toBe(wide);
    expect(errors).toEqual([]);
  });

  test('follows the page to a phone width: pym sends the width, the frame takes the new height', async ({ page }) => {
    await page.goto(pymPage);
    const frame = await pymFrame(page);
    await expect.poll(async () => (await heights(page, frame)).attribute).toBe((await heights(page, frame)).map);
    const wide = (await heights(page, frame)).map;
    await page.setViewportSize({ width: 360, height: 740 });
    await expect.poll(async () => {
      const { attribute, map } = await heights(page, frame);
      return attribute === map && map !== wide ? map : null;
    }).not.toBeNull();
    const narrow = (await heights(page, frame)).map;
    expect(narrow).not.toBe(wide);
    expect(await ignored(frame)).toBe(0);
  });

  test("answers pym's width with a height, and ignores and counts hostile pym strings", async ({ page }) => {
    await page.goto(pymPage);
    const frame = await pymFrame(page);
    await expect.poll(async () => (await heights(page, frame)).attribute).toBe((await heights(page, frame)).map);
    const before = await page.evaluate(() => (window as unknown as PymHost).pymHeights.length);
    // pym.js's own sendMessage: a well-formed width for our childId is answered, not counted.
    await page.evaluate(() => (window as unknown as { pymParent: { sendMessage: (type: string, value: string) => void } }).pymParent.sendMessage('width', '700'));
    await expect.poll(() => page.evaluate(() => (window as unknown as PymHost).pymHeights.length)).toBeGreaterThan(before);
    expect(await ignored(frame)).toBe(0);

    const hostile = ['pymxPYMxotherxPYMxwidthxPYMx640', 'pymxPYMxmap-slotxPYMxwidthxPYMx-1', 'pymxPYMxmap-slotxPYMxwidthxPYMx1e9', 'pymxPYMxmap-slotxPYMxnavigateToxPYMxjavascript:alert(1)', `pymxPYMxmap-slotxPYMxwidthxPYMx${'9'.repeat(500)}`];
    const height = (await heights(page, frame)).attribute;
    await page.evaluate((messages) => {
      const map = document.querySelector<HTMLIFrameElement>('#map-slot iframe')!.contentWindow!;
      for (const message of messages) map.postMessage(message, '*');
    }, hostile);
    await expect.poll(() => ignored(frame)).toBe(hostile.length);
    expect((await heights(page, frame)).attribute).toBe(height);
  });
});
