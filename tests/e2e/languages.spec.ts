import { expect, test } from '@playwright/test';
import { instantLabel, openMap, regionRow } from './mapState';

test.describe('languages', () => {
  test('?lang=kk opens in Kazakh: interface, dates (our own month names), names and <html lang>', async ({ page }) => {
    await openMap(page, '?lang=kk&t=2022-01-05');
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Қазақстан');
    await expect(instantLabel(page)).toContainText('2022 жылғы 5 қаңтардың соңы');
    await expect(instantLabel(page)).toContainText('Алматы уақыты');
    await expect(regionRow(page, 'KZ-MAN').locator('th')).toHaveText('Маңғыстау облысы');
    await expect(page.locator('.qm-city-label', { hasText: 'Жаңаөзен' })).toBeVisible();
    // A description in Kazakh, a place name in Kazakh, and nothing left marked untranslated.
    const list = page.getByTestId('event-list');
    await expect(list.locator('.qm-event__text').first()).toContainText(/[әғқңөұүі]/);
    await expect(list.locator('.qm-untranslated')).toHaveCount(0);
  });

  test('the switcher changes the interface, names and date format, and keeps the moment', async ({ page }) => {
    await openMap(page, '?t=2022-01-06T12:00');
    await expect(instantLabel(page)).toContainText('6 January 2022, 12:00');
    await page.getByTestId('language-switch').selectOption('ru');
    await expect(instantLabel(page)).toContainText('6 января 2022, 12:00');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('button', { name: 'Показать в виде таблицы' })).toBeVisible();
    await expect(regionRow(page, 'KZ-ALA').locator('th')).toHaveText('Алматы');
    await expect(page.locator('path[data-region="KZ-AST"]')).toHaveAttribute('aria-label', /Нур-Султан/);
    await expect.poll(() => new URL(page.url()).searchParams.get('lang')).toBe('ru');
    expect(new URL(page.url()).searchParams.get('t')).toBe('2022-01-06T12:00');
    await page.getByTestId('language-switch').selectOption('kk');
    await expect(instantLabel(page)).toContainText('2022 жылғы 6 қаңтар, 12:00');
    await page.getByTestId('language-switch').selectOption('en');
    await expect(instantLabel(page)).toContainText('6 January 2022, 12:00');
    await expect(page.locator('path[data-region="KZ-AST"]')).toHaveAttribute('aria-label', /Nur-Sultan \(today: Astana\)/);
  });

  test('the browser language decides when there is no lang, and the embed snippet carries it', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    await openMap(page, '?t=2022-01-06');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await page.getByRole('banner').getByRole('button', { name: /Встроить|Поделиться/ }).click();
    await expect(page.getByTestId('embed-snippet')).toHaveAttribute('data-src', /lang=ru/);
    await context.close();
  });

  test('a bad parameter is explained in the reader language', async ({ page }) => {
    await openMap(page, '?lang=ru&mode=sideways');
    await expect(page.locator('.qm-notice')).toContainText('Параметр mode=sideways не учтён: допустимо cumulative или current.');
  });

  test('other languages are not downloaded by an English reader', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await openMap(page, '?lang=en');
    await page.waitForTimeout(1500);
    expect(requested.filter((url) => /messages\.(ru|kk)|events\.text\./.test(url))).toEqual([]);
  });
});
