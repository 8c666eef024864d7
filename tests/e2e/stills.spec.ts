import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { keyMomentEvents } from '../../src/timeline/keyMoments';

// The build's stills (scripts/stills): the files the manifest, the social tags and the <noscript>
// promise exist, with the pixel sizes they claim. The suite builds the app first (playwright.config.ts).
interface Entry {
  file: string;
  t: string;
  moment: string;
  lang: string;
  width: number;
  height: number;
  shows: string;
  same_as?: string;
}

const stillsDir = 'dist/stills';
const manifest = () => JSON.parse(readFileSync(`${stillsDir}/index.json`, 'utf8')) as { stills: Entry[] };

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test('the build writes a still of every key moment and of the end state, in en, ru and kk, at 1200×630 and 2400×1260', () => {
  const { stills } = manifest();
  const dated = stills.filter((entry) => !entry.same_as);
  const moments = new Set(dated.map((entry) => entry.moment));
  expect([...moments].sort()).toEqual([...keyMomentEvents.map((moment) => moment.id), 'end'].sort());
  for (const moment of moments) {
    const files = dated.filter((entry) => entry.moment === moment).map((entry) => entry.file.replace(/^[\dT-]{16}-/, ''));
    expect(files.sort(), moment).toEqual(['en.png', 'en@2x.png', 'kk.png', 'kk@2x.png', 'ru.png', 'ru@2x.png']);
  }
  for (const entry of stills) {
    const size = pngSize(readFileSync(`${stillsDir}/${entry.file}`));
    expect(size, entry.file).toEqual({ width: entry.width, height: entry.height });
    expect([entry.width, entry.height]).toEqual(entry.file.includes('@2x') ? [2400, 1260] : [1200, 630]);
    // The name is the instant in Almaty time (CONTRACT.md), as the app writes it in URLs.
    if (!entry.same_as) expect(entry.file.slice(0, 16)).toBe(entry.t.slice(0, 16).replace(':', '-'));
  }
});

test('the end-<lang> aliases are the end state, and the three languages draw different pictures', () => {
  const { stills } = manifest();
  for (const lang of ['en', 'ru', 'kk']) {
    for (const suffix of ['', '@2x']) {
      const alias = stills.find((entry) => entry.file === `end-${lang}${suffix}.png`);
      expect(alias?.moment).toBe('end');
      expect(readFileSync(`${stillsDir}/end-${lang}${suffix}.png`).equals(readFileSync(`${stillsDir}/${alias?.same_as}`))).toBe(true);
    }
  }
  for (const moment of new Set(stills.map((entry) => entry.moment))) {
    const pictures = ['en', 'ru', 'kk'].map((lang) => {
      const entry = stills.find((candidate) => candidate.moment === moment && candidate.lang === lang && !candidate.same_as && candidate.width === 1200);
      return { shows: entry?.shows, bytes: readFileSync(`${stillsDir}/${entry?.file}`) };
    });
    const [en, ru, kk] = pictures;
    expect(en?.bytes.equals(ru?.bytes ?? Buffer.alloc(0)), `${moment}: en = ru`).toBe(false);
    expect(ru?.bytes.equals(kk?.bytes ?? Buffer.alloc(0)), `${moment}: ru = kk`).toBe(false);
    expect(kk?.shows).toMatch(/Қазақстан/);
    expect(ru?.shows).toMatch(/Казахстан/);
  }
});

test("index.html's Open Graph and Twitter images are the 1200×630 end still, served by the app", async ({ page, request }) => {
  const response = await page.goto('/');
  const html = (await response?.text()) ?? '';
  const meta = (name: string) => new RegExp(`(?:property|name)="${name}" content="([^"]*)"`).exec(html)?.[1];
  const image = meta('og:image');
  // Relative to the page, unless the build was given the app's public address (QM_PUBLIC_URL).
  const base = process.env.QM_PUBLIC_URL ? `${process.env.QM_PUBLIC_URL.replace(/\/$/, '')}/` : './';
  expect(image).toBe(`${base}stills/end-en.png`);
  expect(meta('twitter:image')).toBe(image);
  expect(meta('twitter:card')).toBe('summary_large_image');
  expect(meta('og:image:alt')).toMatch(/^Kazakhstan, January 2022/);
  const still = await request.get(new URL('./stills/end-en.png', page.url()).href);
  expect(still.status()).toBe(200);
  expect(still.headers()['content-type']).toBe('image/png');
  expect(pngSize(await still.body())).toEqual({ width: Number(meta('og:image:width')), height: Number(meta('og:image:height')) });
});

test('with JavaScript off, the page shows the end-state still with its description and a link to the data', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/');
  const still = page.locator('.qm-noapp__still img');
  await expect(still).toBeVisible();
  await expect.poll(() => still.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThanOrEqual(1200);
  expect(await still.getAttribute('alt')).toMatch(/^Kazakhstan, January 2022: how the protests spread\. End of/);
  // As wide as the column on a phone, its shape kept.
  const box = await still.boundingBox();
  expect(box?.width).toBeLessThanOrEqual(390);
  expect((box?.width ?? 0) / (box?.height ?? 1)).toBeCloseTo(1200 / 630, 1);
  const link = page.locator('.qm-noapp__still a');
  const data = await page.request.get(new URL((await link.getAttribute('href')) ?? '', page.url()).href);
  expect(data.status()).toBe(200);
  expect(((await data.json()) as { type: string }).type).toBe('FeatureCollection');
  expect(violations).toEqual([]);
  await context.close();
});
