import { readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { appPort, port } from '../../playwright.config';
import { contentSecurityPolicy } from '../../src/security/contentSecurityPolicy';
import { slider } from './mapState';
import { watchPage } from './pageWatch';

// Issue 16, cases 1, 3, 4, 12 and 13: links and scripts that could be turned against the app's origin.

const dist = join(process.cwd(), 'dist');
const contentTypes: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.geojson': 'application/geo+json',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A file of dist/ for a URL path (runs of slashes collapsed, as nginx does) and its type, or null. */
function distFile(pathname: string): { body: Buffer; contentType: string } | null {
  const path = decodeURIComponent(pathname).replace(/\/{2,}/g, '/').replace(/^\//, '');
  const file = join(dist, path === '' || path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(dist)) return null;
  try {
    if (!statSync(file).isFile()) return null;
    return { body: readFileSync(file), contentType: contentTypes[extname(file)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}

/**
 * Serves dist/ for every request to `origin`, with a single-page fallback (`try_files $uri /index.html`,
 * Netlify's `/* /index.html 200`): any path that is not a file gets index.html.
 */
async function serveDistWithFallback(page: Page, origin: string) {
  await page.route(
    (url) => url.origin === origin,
    async (route) => {
      const file = distFile(new URL(route.request().url()).pathname) ?? distFile('/');
      await route.fulfill({ status: 200, ...file! });
    },
  );
}

const attacker = 'attacker.example';

/** Every request to the attacker's host; each is answered with a script (and a page) that marks the page. */
async function trapAttacker(context: BrowserContext): Promise<string[]> {
  const requests: string[] = [];
  await context.route(
    (url) => url.hostname === attacker,
    async (route) => {
      requests.push(route.request().url());
      const script = route.request().resourceType() === 'script';
      await route.fulfill({
        status: 200,
        contentType: script ? 'text/javascript' : 'text/html',
        body: script ? 'window.__pwned = true; window.qantarMap = () => ({ on() {} });' : '<script>parent.__pwned = true</script>',
      });
    },
  );
  return requests;
}

const fullMapLink = (page: Page) => page.locator('.qm-embed__bar a');

test.describe('example pages load the app only from an allowed origin (issue 16, case 1)', () => {
  const foreignApps = [
    `https://${attacker}/`,
    `https://${attacker}/maps/`,
    // userinfo: the origin is the attacker's, whatever comes before the @
    `http://127.0.0.1:${appPort}@${attacker}/`,
    // not absolute http(s) URLs: refused too, nothing loads
    `//${attacker}/`,
    'javascript:window.__pwned=true',
    `data:text/javascript,window.__pwned=true`,
  ];

  for (const example of ['article', 'scrolly']) {
    test(`${example}.html?app=<a foreign or non-http origin> makes no request to it, runs nothing from it and says so`, async ({ page, context }) => {
      const requests = await trapAttacker(context);
      for (const app of foreignApps) {
        await page.goto(`/examples/${example}.html?app=${encodeURIComponent(app)}`);
        await expect(page.locator('#app-notice'), app).toBeVisible();
        await expect(page.locator('#app-notice'), app).toContainText('The map was not loaded');
        await expect(page.locator('[data-app-refused]'), app).toBeVisible();
        await expect(page.locator('iframe'), app).toHaveCount(0);
        expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned), app).toBeUndefined();
        expect(await page.locator('script[src]').evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).src).filter((src) => !src.includes('/assets/')))).toEqual([]);
      }
      expect(requests).toEqual([]);
    });
  }

  test('the example pages carry the app CSP, with script-src and frame-src only their own origin and loopback', async ({ page }) => {
    for (const example of ['article', 'scrolly']) {
      await page.goto(`/examples/${example}.html`);
      const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
      await expect(meta).toHaveCount(1);
      const policy = await meta.getAttribute('content');
      const directives = policy!.split(/;\s*/);
      const sources = "'self' http://127.0.0.1:* http://localhost:*";
      expect(directives).toEqual([
        ...contentSecurityPolicy.split(/;\s*/).map((directive) => (directive.startsWith('script-src ') ? `script-src ${sources}` : directive)),
        `frame-src ${sources}`,
      ]);
      await expect(page.locator('html')).toHaveAttribute('data-allowed-apps', '');
    }
  });

  test('under that CSP a script or frame from a foreign origin is refused even if injected', async ({ page, context }) => {
    const requests = await trapAttacker(context);
    await page.goto('/examples/article.html');
    const violations = await page.evaluate(async (host) => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => seen.push(event.effectiveDirective));
      const script = document.createElement('script');
      script.src = `https://${host}/embed.js`;
      document.head.append(script);
      const frame = document.createElement('iframe');
      frame.src = `https://${host}/`;
      document.body.append(frame);
      // Both refusals are reported asynchronously; wait for them (or give up after 5 s on a busy machine).
      for (let waited = 0; seen.length < 2 && waited < 5000; waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return seen.sort();
    }, attacker);
    expect(violations).toEqual(['frame-src', 'script-src-elem']);
    expect(requests).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  });

  test('an app on another loopback port still loads under the CSP, with no violation', async ({ page }) => {
    const watch = await watchPage(page, `http://127.0.0.1:${port}`);
    await page.goto(`/examples/article.html?app=${encodeURIComponent(`http://127.0.0.1:${appPort}/`)}`);
    const iframe = page.locator('iframe[data-qantar-map]');
    await iframe.scrollIntoViewIfNeeded();
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    await expect(frame.locator('path[data-region]')).toHaveCount(17);
    // The app reports its default instant, the end of the story window: midnight after the last
    // event's day, which moves as the record grows (late January or early February).
    await expect(page.locator('#host-state')).toHaveAttribute('data-t', /^2022-(01-[23]\d|02-0\d)T00:00$/);
    await expect(page.locator('#app-notice')).toBeHidden();
    expect(await watch.cspViolations()).toEqual([]);
  });

  test('a page not served from loopback loads its own origin by default and refuses a loopback app', async ({ page }) => {
    const origin = 'http://examples.test';
    await serveDistWithFallback(page, origin);
    await page.goto(`${origin}/examples/article.html`);
    const iframe = page.locator('iframe[data-qantar-map]');
    await iframe.scrollIntoViewIfNeeded();
    await expect(iframe).toHaveAttribute('src', new RegExp(`^${origin}/\\?embed=1&`));
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    await expect(frame.locator('path[data-region]')).toHaveCount(17);

    await page.goto(`${origin}/examples/article.html?app=${encodeURIComponent(`http://127.0.0.1:${appPort}/`)}`);
    await expect(page.locator('#app-notice')).toContainText(`not from http://127.0.0.1:${appPort}`);
    await expect(page.locator('iframe')).toHaveCount(0);
  });
});

test.describe('"Open the full map" is built from the view on the app base URL (issue 16, cases 3 and 4)', () => {
  const origin = `http://127.0.0.1:${port}`;
  for (const path of ['//evil.example?embed=1', '/\\evil.example?embed=1', '//evil.example?embed=1&t=2022-01-05&zoom=4']) {
    test(`under a single-page fallback, ${path} links to the app's own origin`, async ({ page }) => {
      await serveDistWithFallback(page, origin);
      await page.goto(`${origin}${path}`);
      await expect(page.locator('path[data-region]')).toHaveCount(17);
      const href = await fullMapLink(page).getAttribute('href');
      const url = new URL(href!, page.url());
      expect(url.origin).toBe(origin);
      expect(href!.startsWith(`${origin}/`)).toBe(true);
      expect(href).not.toMatch(/^\/\/|^\/\\|evil\.example\?/);
    });
  }

  test('under a single-page fallback, //evil.example?embed=1 rewrites its address without a SecurityError', async ({ page }) => {
    // Regression: the link writer once wrote `${location.pathname}?…`, which for the path
    // //evil.example is a URL on evil.example, so replaceState threw. It now changes only the query.
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await serveDistWithFallback(page, origin);
    await page.goto(`${origin}//evil.example?embed=1`);
    await expect(page.locator('path[data-region]')).toHaveCount(17);
    await expect.poll(() => page.evaluate(() => location.search), { timeout: 2_000 }).toMatch(/[?&]t=/);
    expect(errors).toEqual([]);
  });

  test('after a slider step the link carries the new t at once, without waiting for the address bar', async ({ page }) => {
    // The address bar never changes here: the link must follow the view itself.
    await page.addInitScript(() => {
      history.replaceState = () => undefined;
    });
    await page.goto('/?embed=1&t=2022-01-05T12:00');
    await expect(page.locator('path[data-region]')).toHaveCount(17);
    const t = async () => new URL((await fullMapLink(page).getAttribute('href'))!, page.url()).searchParams.get('t');
    expect(await t()).toBe('2022-01-05T12:00');
    await slider(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(t, { timeout: 250 }).toBe('2022-01-05T13:00');
    await page.keyboard.press('PageUp');
    await expect.poll(t, { timeout: 250 }).toBe('2022-01-06T13:00');
  });

  test('the link carries t, mode, types, event and lang, and drops embed options and unknown parameters', async ({ page }) => {
    await page.goto('/?embed=1&id=story&origin=https%3A%2F%2Fnews.example&autoplay=1&zoom=4&t=2022-01-05T20:00&mode=current&types=clash,protest&event=KZ22-049&lang=ru');
    await expect(page.locator('path[data-region]')).toHaveCount(17);
    const url = new URL((await fullMapLink(page).getAttribute('href'))!, page.url());
    expect(`${url.origin}${url.pathname}`).toBe(`http://127.0.0.1:${port}/`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ lang: 'ru', t: '2022-01-05T20:00', mode: 'current', types: 'protest,clash', event: 'KZ22-049' });
  });
});

/** Whether `word`, inside the notice, reads left to right on screen (its first letter left of its last). */
async function readsLeftToRight(page: Page, word: string): Promise<boolean> {
  return page.locator('.qm-notice li').first().evaluate((item, target) => {
    const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(target);
      if (at < 0) continue;
      const box = (offset: number) => {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return range.getBoundingClientRect();
      };
      return box(at).left < box(at + target.length - 1).left;
    }
    throw new Error(`"${target}" not in the notice`);
  }, word);
}

test.describe('echoed parameters are isolated (issue 16, case 12)', () => {
  const rlo = '\u202E';
  const pdi = '\u2069';
  const cases = [
    { query: `mode=${rlo}abc`, word: 'expected' },
    { query: `types=${rlo}riot`, word: 'unknown' },
    // parseTimeParam quotes the value in its reason: both echoes are isolated
    { query: `t=${rlo}yesterday`, word: 'date' },
    // a pop-directional-isolate in the value cannot close the isolation early
    { query: `mode=${pdi}${rlo}abc`, word: 'expected' },
  ];
  for (const { query, word } of cases) {
    test(`a right-to-left override in ${JSON.stringify(query)} does not reverse the notice line`, async ({ page }) => {
      await page.goto(`/?${query.replace(rlo, '%E2%80%AE').replace(pdi, '%E2%81%A9')}`);
      await expect(page.locator('.qm-notice li')).toHaveCount(1);
      expect(await readsLeftToRight(page, 'Ignored')).toBe(true);
      expect(await readsLeftToRight(page, word)).toBe(true);
    });
  }
});

/** Every absolute link on the page opens a new browsing context without opener or referrer. */
async function externalLinks(page: Page) {
  return page.locator('a[href^="http"]').evaluateAll((links) =>
    links.map((link) => ({ href: link.getAttribute('href'), target: link.getAttribute('target'), rel: (link.getAttribute('rel') ?? '').split(/\s+/).sort() })),
  );
}

test.describe('every external link opens outside the frame (issue 16, case 13)', () => {
  for (const search of ['?event=KZ22-049', '?embed=1&event=KZ22-049']) {
    test(`${search}: each a[href^="http"], the map credits included, has target=_blank and rel="noopener noreferrer"`, async ({ page }) => {
      await page.goto(`/${search}`);
      await expect(page.locator('path[data-region]')).toHaveCount(17);
      await expect(page.locator('.leaflet-control-attribution a[href="https://leafletjs.com"]')).toHaveCount(1);
      await expect(page.locator('.leaflet-control-attribution a[href="https://www.naturalearthdata.com/"]')).toHaveCount(1);
      const links = await externalLinks(page);
      expect(links.length).toBeGreaterThan(3);
      for (const link of links) {
        expect(link, link.href!).toMatchObject({ target: '_blank' });
        expect(link.rel, link.href!).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      }
    });
  }
});
