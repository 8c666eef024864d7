import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseCsv } from '../../src/export/csv';
import { openMap } from './mapState';
import { kk } from '../../src/i18n/messages.kk';
import { dayStripSize } from '../../src/render/drawDayStrip';
import { toInstant, dayMs, type Instant } from '../../src/timeline/instant';
import { storyWindow } from '../../src/timeline/storyWindow';

const lastStart = Math.max(...(JSON.parse(readFileSync('geo/events.geojson', 'utf8')) as { features: { properties: { start: string } }[] }).features.map((event) => toInstant(event.properties.start)));
const span = storyWindow(lastStart as Instant);
const dayCount = (span.end - span.start) / dayMs;

const eventCount = (JSON.parse(readFileSync('geo/events.geojson', 'utf8')) as { features: unknown[] }).features.length;

async function openDownloads(page: Page, name = 'Download data and image') {
  await page.getByRole('button', { name }).click();
  // The form is its own chunk, usually prefetched when idle; a busy machine may still be fetching it.
  await expect(page.getByTestId('download-csv')).toBeVisible({ timeout: 15_000 });
}

async function download(page: Page, testId: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

test.describe('downloads', () => {
  test('the CSV parses and holds every event with its sources, confidence and description', async ({ page }) => {
    await openMap(page, '?t=2022-01-06');
    await openDownloads(page);
    const { name, bytes } = await download(page, 'download-csv');
    expect(name).toMatch(/^qantar-map-events-all-en\.csv$/);
    const rows = parseCsv(bytes.toString('utf8'));
    const [header, ...records] = rows;
    expect(records).toHaveLength(eventCount);
    const column = (key: string) => header!.indexOf(key);
    for (const key of ['id', 'start', 'type', 'confidence', 'description', 'source_urls']) expect(column(key), key).toBeGreaterThanOrEqual(0);
    for (const record of records) {
      expect(record).toHaveLength(header!.length);
      expect(record[column('source_urls')]).toMatch(/^https?:\/\//);
      expect(record[column('description')]!.length).toBeGreaterThan(10);
    }
    expect(records.find((record) => record[column('id')] === 'KZ22-002')?.[column('locality')]).toBe('Zhanaozen');
  });

  test('as filtered, in Russian: only the chosen types, with Russian texts, as CSV and GeoJSON', async ({ page }) => {
    await openMap(page, '?t=2022-01-06&types=protest&lang=ru');
    await openDownloads(page, 'Скачать данные и изображение');
    await page.getByRole('radio', { name: /Только события текущего фильтра/ }).check();
    const csv = parseCsv((await download(page, 'download-csv')).bytes.toString('utf8'));
    const type = csv[0]!.indexOf('type');
    expect(csv.length - 1).toBeGreaterThan(10);
    expect(csv.slice(1).every((record) => record[type] === 'protest')).toBe(true);
    expect(csv.slice(1).some((record) => record[csv[0]!.indexOf('locality')] === 'Жанаозен')).toBe(true);
    const geojson = JSON.parse((await download(page, 'download-geojson')).bytes.toString('utf8'));
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features).toHaveLength(csv.length - 1);
    expect(geojson.licence).toMatch(/CC BY 4\.0/);
    expect(geojson.features[0].properties.description.ru).toMatch(/[а-я]/);
  });

  test('the PNG is a real image of the view, made in the browser', async ({ page }) => {
    await openMap(page, '?t=2022-01-06T12:00');
    await openDownloads(page);
    const { name, bytes } = await download(page, 'download-png');
    expect(name).toBe('qantar-map-2022-01-06T12-00-en.png');
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // IHDR: width and height, big-endian, at bytes 16-23.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 860]);
    expect(bytes.length).toBeGreaterThan(40_000);
    expect(bytes.length).toBeLessThan(3_000_000);
  });

  test('the PNG at 2x has twice the pixels each way and says so in its name', async ({ page }) => {
    await openMap(page, '?t=2022-01-06T12:00');
    await openDownloads(page);
    await page.getByTestId('png-scale-2').check();
    const { name, bytes } = await download(page, 'download-png');
    expect(name).toBe('qantar-map-2022-01-06T12-00-en@2x.png');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([2400, 1720]);
  });

  test('the day-by-day strip downloads from the dialog too, at the chosen scale, as the days view draws it', async ({ page }) => {
    await openMap(page, '?lang=kk');
    await openDownloads(page, kk.downloads.open);
    await page.getByTestId('png-scale-2').check();
    const { name, bytes } = await download(page, 'download-day-strip');
    expect(name).toBe('qantar-map-days-kk@2x.png');
    const days = dayStripSize(dayCount);
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([days.width * 2, days.height * 2]);
  });

  test('the geo/ files are offered with their licences', async ({ page, request }) => {
    await openMap(page);
    await openDownloads(page);
    const link = page.getByRole('link', { name: 'Regions, January 2022' });
    const response = await request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
    expect((await response.json()).features).toHaveLength(17);
    await expect(page.locator('.qm-downloads')).toContainText('CC BY 4.0');
    await expect(page.locator('.qm-downloads')).toContainText('ODbL');
  });
});
