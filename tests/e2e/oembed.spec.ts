import { expect, test, type Page } from '@playwright/test';
import { appPort, port } from '../../playwright.config';
import { openMap } from './mapState';
import type { OembedResponse } from '../../scripts/oembed/oembedResponse';

/**
 * The built app's oEmbed: discovery link, static answers, and their `html` working on a page of
 * another site. The default build has no QM_PUBLIC_URL, so its URLs are relative to the app
 * (README, "oEmbed"); a consumer resolves them here as it would the absolute ones.
 */
/** What the build writes (the builder's own type, so the test reads the same fields). */
type Answer = OembedResponse;

const app = `http://127.0.0.1:${appPort}/`;
const files = { en: 'oembed.json', ru: 'oembed.ru.json', kk: 'oembed.kk.json' } as const;

async function answerOf(page: Page, file: string): Promise<Answer> {
  const response = await page.request.get(new URL(file, app).href);
  expect(response.ok()).toBe(true);
  return (await response.json()) as Answer;
}

/** The iframe src in the answer's html, resolved against the answer's URL. */
function iframeSrc(answer: Answer, file: string): URL {
  const src = /<iframe src="([^"]+)"/.exec(answer.html)?.[1];
  expect(src).toBeDefined();
  return new URL(src!.replace(/&amp;/g, '&'), new URL(file, app));
}

test('the map page carries the oEmbed discovery link to an answer that exists', async ({ page }) => {
  await page.goto(app);
  const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAttribute('title', 'Kazakhstan, January 2022: how the protests spread');
  const href = await link.evaluate((element: HTMLLinkElement) => element.href);
  expect(href).toBe(new URL('oembed.json', app).href);
  expect((await page.request.get(href)).ok()).toBe(true);
});

for (const [lang, file] of Object.entries(files)) {
  test(`${file} is a rich oEmbed answer for the end state in ${lang}`, async ({ page }) => {
    const answer = await answerOf(page, file);
    expect(answer).toMatchObject({ type: 'rich', version: '1.0', thumbnail_width: 1200, thumbnail_height: 630 });
    expect(typeof answer.width).toBe('number');
    expect(typeof answer.height).toBe('number');
    expect(answer.title.length).toBeGreaterThan(10);
    expect(answer.thumbnail_url).toMatch(new RegExp(`stills/end-${lang}\\.png$`));
    const src = iframeSrc(answer, file);
    expect(src.origin + src.pathname).toBe(app);
    expect(Object.fromEntries(src.searchParams)).toEqual({ embed: '1', id: 'qantar-map', lang });
    expect(answer.html).toMatch(/<script src="[^"]*embed\.js" async><\/script>/);
  });
}

test("the answer's height is the map's own height at the answer's width, in every language", async ({ page }) => {
  for (const [lang, file] of Object.entries(files)) {
    const answer = await answerOf(page, file);
    await page.setContent(`<iframe id="f" style="border:0;width:${answer.width}px;height:200px" src="${iframeSrc(answer, file).href}"></iframe>`);
    const frame = (await (await page.$('#f'))!.contentFrame())!;
    await expect(frame.locator('path[data-region]')).toHaveCount(17);
    const height = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    test.info().annotations.push({ type: `embed height at ${answer.width} px, ${lang} (px)`, description: String(height) });
    // A CMS reserves width × height before the frame loads: within 5% the page barely moves.
    expect(Math.abs(height - answer.height)).toBeLessThanOrEqual(answer.height * 0.05);
  }
});

test("pasted by a CMS on another site, the answer's html shows the map and sizes it", async ({ page }) => {
  const answer = await answerOf(page, 'oembed.json');
  // What a consumer inserts, with the app's URLs made absolute (QM_PUBLIC_URL does this at build).
  const html = answer.html.replace(/(src|href)="\.\//g, `$1="${app}`);
  // A blank page stands for the CMS's (a fulfilled route would count as a public site, which
  // Chrome's local-network rules keep from framing the loopback app).
  await page.setContent(`<!doctype html><title>Story</title><main style="width:${answer.width}px">${html}</main>`);
  const iframe = page.locator('iframe[data-qantar-map]');
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  await expect(frame.locator('path[data-region]')).toHaveCount(17);
  await expect
    .poll(async () => {
      const outer = await iframe.evaluate((element) => element.getBoundingClientRect().height);
      const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      return Math.abs(outer - inner);
    })
    .toBeLessThanOrEqual(1);
});

test("the Share dialog offers the oEmbed endpoint of the embed's language, and it answers", async ({ page }) => {
  await openMap(page);
  await expect(page.getByTestId('event-list').locator('.qm-event__sources a').first()).toHaveAttribute('href', /^https:\/\//);
  await page.getByRole('button', { name: 'Share / Embed' }).click();
  await page.getByTestId('other-channels').locator('summary').click();
  const endpoint = page.getByTestId('oembed-endpoint');
  await expect(endpoint).toHaveValue(`http://127.0.0.1:${port}/oembed.json`);
  await page.getByRole('dialog').getByRole('combobox', { name: 'Language' }).selectOption('kk');
  await expect(endpoint).toHaveValue(`http://127.0.0.1:${port}/oembed.kk.json`);
  const answer = (await (await page.request.get(await endpoint.inputValue())).json()) as Answer;
  expect(answer.html).toContain('lang=kk');
});
