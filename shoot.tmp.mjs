import { chromium } from '@playwright/test';
const base = process.argv[2]; const out = process.argv[3]; const list = JSON.parse(process.argv[4]);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [name, w, h, q, full] of list) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto(base + q);
  await page.waitForSelector('.leaflet-container path', { timeout: 30000 }).catch(() => {});
  await page.waitForTimeout(1500);
  const sw = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: !!full });
  console.log(name, 'scrollWidth', sw);
  await page.close();
}
await browser.close();
