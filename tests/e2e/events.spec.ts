import { expect, test } from '@playwright/test';
import { expectRegion, instantLabel, openMap } from './mapState';

test.describe('event list, selection, filters and details', () => {
  test('selecting an event moves the instant there, highlights its marker and shows its sources', async ({ page }) => {
    await openMap(page, '?t=2022-01-06');
    const item = page.getByTestId('event-list').locator('li[data-event="KZ22-049"]');
    await item.getByRole('button').click();
    await expect(item).toHaveAttribute('aria-current', 'true');
    // 19:00 on 5 January (part of day: "evening"), so the instant moves to 19:00.
    await expect(instantLabel(page)).toContainText('5 January 2022, 19:00');
    await expect(page).toHaveURL(/event=KZ22-049/);
    const links = item.locator('.qm-event__sources a');
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(link).toHaveAttribute('href', /^https?:\/\//);
    }
    await expect(page.locator('path[data-place="almaty-international-airport"]')).toHaveClass(/qm-place--selected/);
    await expect(page.locator('.qm-details')).toContainText('Almaty International Airport');
  });

  test('an event with no time of day says "time unknown", never a clock time', async ({ page }) => {
    await openMap(page, '?t=2022-01-03');
    const item = page.getByTestId('event-list').locator('li[data-event="KZ22-007"]');
    await expect(item.locator('.qm-event__when')).toHaveText('3 January 2022, time unknown');
  });

  test('a deep link to an event opens with it selected', async ({ page }) => {
    await openMap(page, '?t=2022-01-05T20:00&event=KZ22-049');
    await expect(page.getByTestId('event-list').locator('li[data-event="KZ22-049"]')).toHaveAttribute('aria-current', 'true');
  });

  test('"this day only" lists only the events of the instant’s Almaty day', async ({ page }) => {
    await openMap(page, '?t=2022-01-03');
    await page.getByRole('radio', { name: 'This day only' }).check();
    const whens = await page.getByTestId('event-list').locator('.qm-event__when').allTextContents();
    expect(whens.length).toBeGreaterThan(0);
    for (const when of whens) expect(when).toMatch(/^[23] January 2022/);
  });

  test('a type filter changes the map, the list, the histogram and the headline', async ({ page }) => {
    await openMap(page, '?t=2022-01-03');
    await expectRegion(page, 'KZ-MAN', 'protest');
    const listCount = page.locator('#qm-events-title');
    const before = await listCount.textContent();
    const barsBefore = await page.locator('.qm-slider__bar').evaluateAll((bars) => bars.map((bar) => bar.getAttribute('data-count')).join(','));

    await page.getByRole('checkbox', { name: /^Protest/ }).uncheck();
    await expectRegion(page, 'KZ-MAN', 'calm');
    await expect(page).toHaveURL(/types=/);
    await expect(listCount).not.toHaveText(before ?? '');
    await expect(page.getByTestId('regions-count')).toHaveText('Protests in 0 of 17 regions');
    const barsAfter = await page.locator('.qm-slider__bar').evaluateAll((bars) => bars.map((bar) => bar.getAttribute('data-count')).join(','));
    expect(barsAfter).not.toBe(barsBefore);
    await expect(page.getByTestId('event-list').locator('.qm-event--protest')).toHaveCount(0);

    await page.getByRole('button', { name: 'All types' }).click();
    await expectRegion(page, 'KZ-MAN', 'protest');
  });

  test('selecting a region shows its names, state and history', async ({ page }) => {
    await openMap(page, '?t=2022-01-06');
    await page.locator('path[data-region="KZ-ALM"]').focus();
    await page.keyboard.press('Enter');
    const details = page.locator('.qm-details');
    await expect(details.locator('#qm-details-title')).toHaveText('Almaty Region');
    await expect(details).toContainText('state of emergency in force');
    await expect(details.locator('li[data-event="KZ22-053"]')).toBeVisible();
  });

  test('the spread view colours each reached place by its day, with a day key and no arcs', async ({ page }) => {
    await openMap(page, '?t=2022-01-03');
    await page.getByRole('checkbox', { name: 'Show the day protests reached each place' }).check();
    const early = await page.locator('path.qm-spread-dot').count();
    expect(early).toBeGreaterThan(0);
    await expect(page.getByTestId('spread-key')).toContainText('2 Jan');
    await page.goto('/?t=2022-01-06');
    await page.getByRole('checkbox', { name: 'Show the day protests reached each place' }).check();
    await expect(page.getByTestId('spread-key')).toContainText('5 Jan');
    expect(await page.locator('path.qm-spread-dot').count()).toBeGreaterThan(early);
    const fills = await page.locator('path.qm-spread-dot').evaluateAll((dots) => new Set(dots.map((dot) => dot.getAttribute('fill'))).size);
    expect(fills).toBeGreaterThan(1);
    await expect(page.locator('path.qm-arc, .qm-arc-label')).toHaveCount(0);
  });

  test('the region table can be shown and holds the 17 rows', async ({ page }) => {
    await openMap(page, '?t=2022-01-06');
    await page.getByRole('button', { name: 'Show as a table' }).click();
    const table = page.getByRole('table');
    await expect(table).toBeVisible();
    await expect(table.locator('tbody tr')).toHaveCount(17);
  });

  test('"About this map" explains method and licences in a dialog that Escape closes', async ({ page }) => {
    await openMap(page);
    await page.getByRole('button', { name: 'About this map' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Shymkent has no published boundary');
    await expect(dialog).toContainText('Open Database License');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});
