import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { appPort } from '../../playwright.config';
import { parseLink } from '../../src/view/parseLink';
import { contentSecurityPolicy } from '../../src/security/contentSecurityPolicy';
import { toInstant } from '../../src/timeline/instant';
import type { FeatureCollection } from 'geojson';
import { deriveServedFiles } from '../derivedFiles';
import { fuzzMessages, fuzzQueries, scriptPayloads } from './fuzzCases';
import { serveDerived, servedPatterns } from './serveDerived';
import { openMap, slider } from './mapState';
import { addSiblingPoster, type SiblingWindow } from './siblingPoster';

const events = JSON.parse(readFileSync('geo/events.geojson', 'utf8')) as { features: { id: string; properties: Record<string, unknown> }[] };
const span = { start: toInstant('2022-01-01T00:00+06:00'), end: toInstant('2022-01-26T00:00+06:00') };
const eventIds = new Set(events.features.map((event) => event.id));

/** Nothing from any input may run: every payload sets window.__xss, every injected element has data-fuzz. */
async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  await expect(page.locator('[data-fuzz]')).toHaveCount(0);
}

/** Nothing ran, and every link on the page is http(s). */
async function expectInert(page: Page) {
  await expectNothingRan(page);
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
}

test.describe('URL parameters: 500 seeded fuzz cases', () => {
  const cases = fuzzQueries(Number(process.env.FUZZ_CASES ?? 500));
  // 50 cases a test: each loads the whole app (about 1–3 s here), and each test has its own budget.
  const perTest = 50;
  for (let chunk = 0; chunk * perTest < cases.length; chunk += 1) {
    test(`cases ${chunk * perTest + 1}–${chunk * perTest + perTest}: the map always renders, bad values fall back visibly, nothing runs`, async ({ page }) => {
      test.setTimeout(300_000);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      for (const query of cases.slice(chunk * perTest, chunk * perTest + perTest)) {
        const began = Date.now();
        await page.goto(`/?${query}`);
        await expect(page.locator('[data-testid="region-table"] tbody tr'), query).toHaveCount(17);
        await expect(page.locator('path[data-region]'), query).toHaveCount(17);
        // By class, not by its accessible name: `lang` may have switched the interface language.
        await expect(page.locator('input.qm-slider__input'), query).toBeVisible();
        const expected = parseLink(query, { span, eventIds }).notices.length > 0;
        await expect(page.locator('.qm-notice'), query).toHaveCount(expected ? 1 : 0);
        await expectNothingRan(page);
        if (process.env.FUZZ_TIMING) console.log(`FUZZ ${Date.now() - began} ms ${query.slice(0, 80)}`);
      }
      expect(errors).toEqual([]);
    });
  }
});

test('postMessage: 1,000 malformed, oversized and wrong-source messages change nothing; valid ones still work', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`/examples/article.html?app=${encodeURIComponent(`http://127.0.0.1:${appPort}/`)}`);
  const iframe = page.locator('iframe[data-qantar-map]');
  await iframe.scrollIntoViewIfNeeded();
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  await expect(frame.locator('path[data-region]')).toHaveCount(17);
  await page.getByRole('button', { name: '2 January' }).click();
  const row = frame.locator('[data-testid="region-table"] tr[data-region="KZ-ALA"]');
  await expect(row).toHaveAttribute('data-status', 'calm');

  const messages = fuzzMessages(1000);
  await addSiblingPoster(page);
  await page.evaluate((list) => {
    const map = document.querySelector<HTMLIFrameElement>('iframe[data-qantar-map]')!.contentWindow!;
    const { postFromSibling } = document.querySelector<HTMLIFrameElement>('#sibling')!.contentWindow as unknown as SiblingWindow;
    list.forEach((message, i) => {
      // Every tenth goes out valid but from the wrong window.
      if (i % 10 === 0) postFromSibling(map, { target: 'qantar-map', version: 1, type: 'set-time', t: '2022-01-06' });
      else map.postMessage(message, '*');
    });
  }, messages);
  await expect.poll(() => frame.evaluate(() => Number(document.documentElement.dataset.ignoredMessages ?? 0)), { timeout: 20_000 }).toBeGreaterThanOrEqual(1000);
  await expect(row).toHaveAttribute('data-status', 'calm');
  await expect(frame.getByTestId('instant-label')).toContainText('End of 2 January 2022');

  await page.getByRole('button', { name: '5 January' }).click();
  await expect(row).toHaveAttribute('data-status', 'violence');
  expect(errors).toEqual([]);
});

test.describe('broken data files', () => {
  test('a truncated events file is named, and "Try again" recovers once the network does', async ({ page }) => {
    let fail = true;
    const body = JSON.stringify(deriveServedFiles()['events.core.json']);
    await page.route(servedPatterns['events.core.json'], async (route) => {
      if (!fail) return route.continue();
      return route.fulfill({ status: 200, body: body.slice(0, body.length / 2) });
    });
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('events.core.json: is not valid JSON');
    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('path[data-region]')).toHaveCount(17);
  });

  test('an event breaking the schema is named with its id and field', async ({ page }) => {
    const files = deriveServedFiles({
      events: (layer) => {
        const copy = structuredClone(layer);
        copy.features[40]!.properties!.start = '5 January';
        return copy;
      },
    });
    await serveDerived(page, { 'events.core.json': files['events.core.json'] });
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText(/events\.core\.json: event KZ22-\d{3}: start must be ISO 8601/);
  });

  test('an event whose source is a javascript: URL is refused, never linked; the map still works', async ({ page }) => {
    const files = deriveServedFiles({
      events: (layer) => {
        const copy = structuredClone(layer);
        copy.features[0]!.properties!.sources[0].url = 'javascript:window.__xss=1';
        return copy;
      },
    });
    await serveDerived(page, { 'events.details.json': files['events.details.json'] });
    await page.goto('/?t=2022-01-02');
    await expect(page.getByTestId('event-list').getByRole('alert')).toContainText(
      'events.details.json: event KZ22-001: sources[0].url must be an http(s) URL',
    );
    await expect(page.locator('[data-testid="region-table"] tr[data-region="KZ-MAN"]')).toHaveAttribute('data-status', 'protest');
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
    await expectInert(page);
  });
});

test('a dataset with markup in every text field renders inert', async ({ page }) => {
  const payload = (i: number) => scriptPayloads[i % scriptPayloads.length]!;
  // `never[]`: each mutation below names the shape of the features it edits.
  const doctor = (mutate: (data: { features: never[] }) => void) => (layer: FeatureCollection) => {
    const copy = structuredClone(layer);
    mutate(copy as unknown as { features: never[] });
    return copy;
  };
  const eventsData = doctor((data) => data.features.forEach((feature: { properties: Record<string, unknown> }, i: number) => {
    const p = feature.properties as Record<string, unknown> & { sources: Record<string, string>[]; description: Record<string, string> };
    p.description.en = `${payload(i)} ${p.description.en}`;
    p.locality = `${payload(i + 1)}`;
    if (p.time_note !== undefined) p.time_note = payload(i + 2);
    p.sources.forEach((source) => {
      source.publisher = payload(i + 3);
      source.via = payload(i + 4);
    });
    p.figures = { crowd: [{ value: 1, by: payload(i + 5) }] };
  }));
  const regionsData = doctor((data) => data.features.forEach((feature: { properties: Record<string, string> }, i: number) => {
    feature.properties.name_en = payload(i);
    feature.properties.name_kk = payload(i + 1);
  }));
  const citiesData = doctor((data) => data.features.forEach((feature: { properties: Record<string, string> }, i: number) => {
    feature.properties.name_en = payload(i);
  }));
  await serveDerived(page, deriveServedFiles({ events: eventsData, regions: regionsData, cities: citiesData }));
  await openMap(page, '?t=2022-01-06');
  await page.locator('path[data-region="KZ-ALA"]').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('event-list').locator('.qm-event__select').first().click();
  await page.locator('path[data-place]').first().focus();
  await page.getByRole('button', { name: 'Show as a table' }).click();
  await expect(page.getByTestId('event-list')).toContainText('<img data-fuzz src=x');
  await expectInert(page);
});

test.describe('Content-Security-Policy served as a header', () => {
  for (const search of ['?t=2022-01-06', '?embed=1&t=2022-01-06']) {
    test(`${search}: zero violations while reading, scrubbing and opening dialogs`, async ({ page }) => {
      await page.route('**/*', async (route) => {
        const response = await route.fetch();
        const headers = { ...response.headers(), 'content-security-policy': `${contentSecurityPolicy}; frame-ancestors *` };
        await route.fulfill({ response, headers });
      });
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { violations: string[] }).violations = seen;
        document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
      });
      await openMap(page, search);
      await slider(page).focus();
      for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowLeft');
      await page.locator('path[data-region="KZ-ALA"]').focus();
      if (search.includes('embed')) await page.getByRole('button', { name: 'Legend, filters and events' }).click();
      await page.getByRole('checkbox', { name: 'Show the day protests reached each place' }).check();
      await page.getByRole('button', { name: 'About this map' }).click();
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    });
  }
});

test('after the first load, cutting the network breaks nothing', async ({ page, context }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openMap(page, '?t=2022-01-04');
  // Descriptions and sources are fetched when the page is idle after the first view.
  const firstEvent = page.getByTestId('event-list').locator('.qm-event').first();
  await expect(firstEvent.locator('.qm-event__sources a').first()).toHaveAttribute('href', /^https?:\/\//);
  await context.setOffline(true);
  await slider(page).focus();
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('instant-label')).toContainText('End of 5 January 2022');
  await page.getByRole('checkbox', { name: /^Clash/ }).uncheck();
  await page.getByRole('checkbox', { name: 'Show the day protests reached each place' }).check();
  await page.getByRole('button', { name: 'Share / Embed' }).click();
  await expect(page.getByTestId('embed-snippet')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(firstEvent.locator('.qm-event__text')).not.toHaveClass(/loading|missing/);
  await context.setOffline(false);
  expect(errors).toEqual([]);
});

test('the build works from any sub-path of a static host', async ({ page }) => {
  const dist = join(process.cwd(), 'dist');
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.geojson': 'application/geo+json', '.json': 'application/json', '.png': 'image/png' };
  await page.route('**/deploy/qantar/**', async (route) => {
    const path = new URL(route.request().url()).pathname.replace('/deploy/qantar/', '') || 'index.html';
    try {
      const body = readFileSync(join(dist, path));
      await route.fulfill({ status: 200, body, contentType: types[extname(path)] ?? 'application/octet-stream' });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
  await page.goto('/deploy/qantar/?t=2022-01-02');
  await expect(page.locator('path[data-region]')).toHaveCount(17);
  await expect(page.locator('[data-testid="region-table"] tr[data-region="KZ-MAN"]')).toHaveAttribute('data-status', 'protest');
});

test('every built asset carries a content hash, except the stable host script', () => {
  const assets = readdirSync('dist/assets');
  expect(assets.length).toBeGreaterThan(5);
  for (const name of assets) expect(name).toMatch(/-[A-Za-z0-9_-]{8}\.[a-z]+$/);
  expect(readdirSync('dist')).toContain('embed.js');
});

test('nothing is lost: the app holds every event of the dataset and lists each one', async ({ page }) => {
  await openMap(page);
  await expect(page.locator('#qm-events-title')).toContainText(`(${events.features.length} events)`);
  // The list shows 50 at a time; "Show more" brings the earlier ones.
  const more = page.getByRole('button', { name: /^Show \d+ more/ });
  while (await more.isVisible()) await more.click();
  const listed = await page.getByTestId('event-list').locator('li[data-event]').evaluateAll((items) => items.map((item) => item.getAttribute('data-event')));
  expect(new Set(listed)).toEqual(eventIds);
});
