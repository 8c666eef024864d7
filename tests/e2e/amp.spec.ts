import { expect, test } from '@playwright/test';
import { appPort, port } from '../../playwright.config';

/**
 * What amp-iframe (`resizable`) reads from its frame: `{ sentinel: 'amp', type: 'embed-size', height }`
 * posted by the frame's own window, height a number of CSS px (amphtml's amp-iframe listens for
 * exactly this and asks the AMP runtime for that height). The AMP runtime itself cannot load here
 * (no network), so the host records the messages as amp-iframe would filter them.
 */
const app = `http://127.0.0.1:${appPort}/`;

test("the map sends amp-iframe's embed-size with its own height, from its own window", async ({ page }) => {
  await page.goto(`http://127.0.0.1:${port}/embed.js`);
  await page.setContent(`<!doctype html><meta charset="utf-8"><title>AMP-like host</title>
<script>
  window.ampSizes = [];
  addEventListener('message', (e) => {
    const frame = document.getElementById('amp-frame');
    const d = e.data;
    if (e.source !== frame.contentWindow || !d || d.sentinel !== 'amp' || d.type !== 'embed-size') return;
    window.ampSizes.push({ height: d.height, keys: Object.keys(d).sort().join(',') });
  });
</script>
<iframe id="amp-frame" src="${app}?embed=1" sandbox="allow-scripts allow-same-origin allow-popups" style="width:400px;height:300px;border:0"></iframe>`);
  const frame = page.frameLocator('#amp-frame');
  await expect(frame.locator('path[data-region]')).toHaveCount(17);
  const height = await frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
  await expect.poll(() => page.evaluate(() => (window as unknown as { ampSizes: { height: number }[] }).ampSizes.at(-1)?.height)).toBe(height);
  const sizes = await page.evaluate(() => (window as unknown as { ampSizes: { height: unknown; keys: string }[] }).ampSizes);
  for (const size of sizes) {
    expect(size.keys).toBe('height,sentinel,type');
    expect(Number.isInteger(size.height)).toBe(true);
  }
});
