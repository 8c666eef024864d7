import { expect, test } from '@playwright/test';
import { openMap } from './mapState';

/**
 * Pictures as tests (STYLE.md): the key views of the built app compared with committed goldens
 * (tests/e2e/screenshots.spec.ts-snapshots/, rewritten with `npx playwright test screenshots
 * --update-snapshots` when a change to the look is meant). Animations off, the map's own pulse
 * included; a small pixel tolerance absorbs anti-aliasing between machines, not a changed colour.
 */
const views = [
  { name: 'desktop-1366-5-january', width: 1366, height: 900, search: '?t=2022-01-05T18:00' },
  { name: 'phone-390-6-january-ru', width: 390, height: 844, search: '?t=2022-01-06&lang=ru' },
  { name: 'tablet-820-end-kk', width: 820, height: 1180, search: '?lang=kk' },
  { name: 'embed-640-4-january', width: 640, height: 720, search: '?embed=1&t=2022-01-04' },
  { name: 'phone-360-csto-landing', width: 360, height: 780, search: '?t=2022-01-06T14:00' },
  { name: 'wide-1920-spread-by-day', width: 1920, height: 1080, search: '?t=2022-01-06', spread: true },
  { name: 'embed-360-emergency-kk', width: 360, height: 760, search: '?embed=1&t=2022-01-05T03:00&lang=kk' },
  { name: 'desktop-1366-threat-levels-14-january', width: 1366, height: 900, search: '?t=2022-01-14&mode=current' },
] as const satisfies readonly { name: string; width: number; height: number; search: string; spread?: boolean }[];

test.describe('key views look as committed', () => {
  for (const view of views) {
    test(`${view.name}`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: view.width, height: view.height }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await openMap(page, view.search);
      // The panel is built just after the first paint; the picture waits for it.
      if (!view.search.includes('embed=1')) await expect(page.getByTestId('region-table')).toHaveCount(1);
      // The spread view is a reader's toggle, not a link parameter.
      if ('spread' in view && view.spread) await page.getByRole('checkbox', { name: /day protests reached/ }).check();
      await expect(page).toHaveScreenshot(`${view.name}.png`, { animations: 'disabled', maxDiffPixelRatio: 0.01 });
      await context.close();
    });
  }
});
