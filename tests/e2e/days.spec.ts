import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { calendars } from '../../src/i18n/calendar';
import { en } from '../../src/i18n/messages';
import { dayStripSize } from '../../src/render/drawDayStrip';
import { toInstant, dayMs, type Instant } from '../../src/timeline/instant';
import { storyWindow } from '../../src/timeline/storyWindow';
import { readGeoLayer } from '../derivedFiles';
import { openMap, slider } from './mapState';

// Issue 15 §2: the story at a glance, one small map per day (view=days).

/** The story window from geo/ itself (CONTRACT.md: 1 January to the end of the last event's day). */
const lastStart = Math.max(...readGeoLayer('events').features.map((event) => toInstant(String(event.properties?.start))));
const span = storyWindow(lastStart as Instant);
const dayCount = (span.end - span.start) / dayMs;
const languages = ['en', 'ru', 'kk'] as const;
const widths = [360, 390, 820, 1366, 1920];

async function openDays(page: Page, search = '?view=days') {
  await page.goto(`/${search}`);
  await expect(page.getByTestId('days-view')).toBeVisible();
  await expect(page.locator('figure.qm-day')).toHaveCount(dayCount);
}

function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - Math.round(window.visualViewport?.width ?? window.innerWidth));
}

/** A PNG's pixel size, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('day by day (view=days)', () => {
  test('the header toggle opens the days and goes back to the map, and the link says which', async ({ page }) => {
    await openMap(page, '?t=2022-01-06');
    const toggle = page.getByTestId('days-toggle');
    await expect(toggle).toHaveAccessibleName(en.days.open);
    await toggle.click();
    await expect(page.locator('figure.qm-day')).toHaveCount(dayCount);
    await expect(page.locator('path[data-region]')).toHaveCount(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('days');
    await expect(toggle).toHaveAccessibleName(en.days.map);
    await toggle.click();
    await expect(page.locator('path[data-region]')).toHaveCount(17);
    await expect.poll(() => new URL(page.url()).searchParams.has('view')).toBe(false);
    // The map came back at the moment it was left.
    await expect(slider(page)).toHaveAttribute('aria-valuetext', /6 January 2022/);
  });

  for (const lang of languages) {
    test(`?view=days in ${lang}: one figure per day of the window, labelled with its day, each map drawn`, async ({ page }) => {
      await openDays(page, `?view=days&lang=${lang}`);
      const labels = await page.locator('figure.qm-day .qm-day__date').allTextContents();
      const expected = Array.from({ length: dayCount }, (_, i) => {
        const date = new Date(span.start + i * dayMs + 6 * 3_600_000);
        return calendars[lang].shortDate(date.getUTCDate(), date.getUTCMonth());
      });
      expect(labels).toEqual(expected);
      // Every figure has its beat in text, and its canvas is decoration.
      for (const beat of await page.locator('figure.qm-day .qm-day__beat').allTextContents()) expect(beat.trim()).not.toBe('');
      await expect(page.locator('figure.qm-day canvas[aria-hidden="true"]')).toHaveCount(dayCount);
      // Drawn at the device pixel ratio, when idle.
      await expect.poll(() => page.locator('canvas[data-drawn]').count(), { timeout: 15_000 }).toBe(dayCount);
      const sharp = await page.locator('canvas.qm-day__map').first().evaluate((canvas: HTMLCanvasElement) => canvas.width / canvas.clientWidth);
      expect(sharp).toBeCloseTo(await page.evaluate(() => window.devicePixelRatio), 1);
    });
  }

  test('a new language relabels the days and redraws every map', async ({ page }) => {
    await openDays(page);
    await expect.poll(() => page.locator('canvas[data-drawn]').count(), { timeout: 15_000 }).toBe(dayCount);
    await page.evaluate(() => document.querySelectorAll<HTMLCanvasElement>('canvas.qm-day__map').forEach((canvas) => delete canvas.dataset.drawn));
    await page.getByTestId('language-switch').selectOption('ru');
    await expect(page.locator('figure.qm-day .qm-day__date').first()).toHaveText(calendars.ru.shortDate(1, 0));
    await expect.poll(() => page.locator('canvas[data-drawn]').count(), { timeout: 15_000 }).toBe(dayCount);
  });

  test('the day of the first state of emergency carries that beat (5 January)', async ({ page }) => {
    await openDays(page);
    await expect(page.locator('figure[data-day="2022-01-05"] .qm-day__beat')).toHaveText(new RegExp(`^${en.keyMoments.emergency.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  test('clicking a day opens the map at the end of that day, the slider focused', async ({ page }) => {
    await openDays(page);
    const link = page.locator('figure[data-day="2022-01-05"] a');
    expect(new URL(String(await link.getAttribute('href')), page.url()).searchParams.get('t')).toBe('2022-01-05');
    await link.click();
    await expect(page.locator('path[data-region]')).toHaveCount(17);
    await expect(slider(page)).toBeFocused();
    await expect(slider(page)).toHaveAttribute('aria-valuetext', /end of 5 January 2022/);
    await expect.poll(() => new URL(page.url()).searchParams.get('t')).toBe('2022-01-06T00:00');
    expect(new URL(page.url()).searchParams.has('view')).toBe(false);
  });

  test('pressing Enter on a day opens it too, keeping the mode', async ({ page }) => {
    await openDays(page, '?view=days&mode=current');
    await expect(page.getByTestId('days-view')).toContainText(en.days.modeNote.current);
    await page.locator('figure[data-day="2022-01-07"] a').focus();
    await page.keyboard.press('Enter');
    await expect(slider(page)).toHaveAttribute('aria-valuetext', /end of 7 January 2022/);
    await expect.poll(() => new URL(page.url()).searchParams.get('mode')).toBe('current');
  });

  for (const width of widths) {
    test(`at ${width} px nothing scrolls sideways, page and embed, en and kk`, async ({ browser }) => {
      const touch = width < 1000;
      const context = await browser.newContext({ viewport: { width, height: touch ? 844 : 900 }, hasTouch: touch, isMobile: touch });
      const page = await context.newPage();
      for (const lang of ['en', 'kk']) {
        for (const embed of [false, true]) {
          await openDays(page, `?view=days&lang=${lang}${embed ? '&embed=1' : ''}`);
          expect(await sidewaysOverflow(page), `${width} ${lang}${embed ? ' embed' : ''}`).toBeLessThanOrEqual(0);
          const columns = await page.locator('.qm-days__grid').evaluate((grid) => getComputedStyle(grid).gridTemplateColumns.split(' ').length);
          expect(columns, `${width} columns`).toBe(width < 600 ? 2 : width < 1024 ? 4 : 6);
        }
      }
      await context.close();
    });
  }

  test('axe finds no WCAG 2.2 AA violation in the days view, page and embed', async ({ page }) => {
    for (const search of ['?view=days', '?view=days&embed=1&lang=kk']) {
      await openDays(page, search);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id} [${v.impact}]: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), search).toEqual([]);
    }
  });

  test('the PNG strip downloads at the strip size, 1x and 2x, named after the language', async ({ page }) => {
    await openDays(page, '?view=days&lang=ru');
    const expected = dayStripSize(dayCount);
    for (const [testId, scale, name] of [['days-png', 1, 'qantar-map-days-ru.png'], ['days-png-2x', 2, 'qantar-map-days-ru@2x.png']] as const) {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
      expect(file.suggestedFilename()).toBe(name);
      expect(pngSize(readFileSync(await file.path()))).toEqual({ width: expected.width * scale, height: expected.height * scale });
    }
  });

  test('an invalid view= opens the map with a notice naming the parameter', async ({ page }) => {
    await openMap(page, '?view=grid');
    await expect(page.locator('figure.qm-day')).toHaveCount(0);
    await expect(page.locator('.qm-notice')).toContainText('view');
    await expect(page.locator('.qm-notice')).toContainText('expected map or days');
  });

  test('in the embed the days show with no header toggle, and a day opens the embedded map there', async ({ page }) => {
    await openDays(page, '?embed=1&view=days');
    await expect(page.getByTestId('days-toggle')).toHaveCount(0);
    await expect(page.getByTestId('days-png')).toHaveCount(0);
    await page.locator('figure[data-day="2022-01-06"] a').click();
    await expect(page.locator('path[data-region]')).toHaveCount(17);
    await expect(slider(page)).toHaveAttribute('aria-valuetext', /end of 6 January 2022/);
  });

  test('on paper the grid prints without the buttons, no day split across pages', async ({ page }) => {
    await openDays(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('days-png')).toBeHidden();
    await expect(page.locator('.qm-header__tools')).toBeHidden();
    expect(await page.locator('figure.qm-day').first().evaluate((figure) => getComputedStyle(figure).breakInside)).toBe('avoid');
    await expect(page.locator('figure.qm-day').last()).toBeAttached();
  });
});
