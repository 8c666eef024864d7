// `npm run bench`, browser part (headless Chromium): what the embed's first view downloads, the
// cost of one-hour slider steps for the real data and 10,000 / 100,000 synthetic events, side by
// side with a naive react-leaflet baseline and the Leaflet.TimeDimension plugin, JS heap, start-up
// (Lighthouse mobile and the time until the slider first responds). Prints tables and writes
// bench/results/bench.json. Targets are marked met or not; nothing here fails a build.
//
//   node bench/browserBench.mjs [--quick]      (--quick: real data only, no Lighthouse)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { runnerImport } from 'vite';
import { firstViewBudgetBytes, firstViewFiles, totalsByPart } from '../scripts/firstViewFiles.mjs';
import { ensureBuild, startPreview } from './previewServer.mjs';
import { fontsReady, scrubSteps } from './scrubPage.mjs';
import { firstResponse } from './startupPage.mjs';
import chromiumFlags from '../scripts/chromiumArgs.json' with { type: 'json' };

const root = fileURLToPath(new URL('..', import.meta.url));
const port = 4179; // not 4173, so it can run while `npm run preview` or the e2e server is up
const quick = process.argv.includes('--quick');
const peerOrigin = 'http://bench.invalid'; // baseline pages, served by request interception
const regionCount = 17;
// A run that has not finished after this long is stopped and reported as such.
const runBudgetMs = 60_000;
const chunkSteps = 25;

const quantile = (sorted, q) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
const round = (ms) => Math.round(ms * 100) / 100;
function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: round(quantile(sorted, 0.5)), p95: round(quantile(sorted, 0.95)), max: round(sorted.at(-1)) };
}

function findChromium() {
  const found = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
  if (found) return found;
  console.error('No Chromium found: install it with `sudo apt-get install -y chromium` (Debian) or set CHROME_PATH.');
  process.exit(1);
}

// ---- data at each size -------------------------------------------------------------------------

async function datasets() {
  const read = (name) => JSON.parse(readFileSync(join(root, 'geo', name), 'utf8'));
  const realEvents = read('events.geojson');
  const { module: generator } = await runnerImport(join(root, 'bench', 'syntheticEvents.ts'));
  const cities = read('cities.geojson');
  const sizes = [{ label: 'real', events: realEvents }];
  if (!quick) {
    for (const count of [10_000, 100_000]) {
      sizes.push({ label: `${count / 1000}k`, events: { type: 'FeatureCollection', features: generator.syntheticEvents(count, cities) } });
    }
  }
  // Synthetic events get a text and a source, then the build's own split (scripts/derive).
  const { module: derive } = await runnerImport(join(root, 'scripts', 'derive', 'deriveFirstView.ts'));
  const synthetic = { description: { en: 'Synthetic event for benchmarks.' }, sources: [{ publisher: 'Synthetic', url: 'https://example.org/synthetic' }] };
  return sizes.map(({ label, events: given }) => {
    const events = { ...given, features: given.features.map((feature) => ({ ...feature, properties: { ...synthetic, ...feature.properties } })) };
    const { core, details } = derive.splitEvents(events);
    return { label, count: events.features.length, full: JSON.stringify(events), core: JSON.stringify(core), details: JSON.stringify(details) };
  });
}

// ---- pages -------------------------------------------------------------------------------------

const vendorFiles = {
  'vendor/leaflet.js': 'node_modules/leaflet/dist/leaflet.js',
  'vendor/leaflet.css': 'node_modules/leaflet/dist/leaflet.css',
  'vendor/iso8601.js': 'node_modules/iso8601-js-period/iso8601.js',
  'vendor/leaflet.timedimension.src.js': 'node_modules/leaflet-timedimension/dist/leaflet.timedimension.src.js',
  'vendor/leaflet.timedimension.control.css': 'node_modules/leaflet-timedimension/dist/leaflet.timedimension.control.css',
};
const contentTypes = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png' };

/** Serves the baseline pages and the size's data on `peerOrigin`. */
async function routePeers(page, data) {
  const regions = readFileSync(join(root, 'geo', 'regions.geojson'));
  await page.route(`${peerOrigin}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname.slice(1);
    let body;
    if (path === 'data/regions.json') body = regions;
    else if (path === 'data/events.json') body = data.full;
    else if (vendorFiles[path]) body = readFileSync(join(root, vendorFiles[path]));
    else if (path.startsWith('timedimension.')) body = readFileSync(join(root, 'bench', 'baselines', path));
    else if (existsSync(join(root, 'bench', 'baselines', 'dist', path))) body = readFileSync(join(root, 'bench', 'baselines', 'dist', path));
    if (body === undefined) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, body, contentType: contentTypes[extname(path)] ?? 'application/octet-stream' });
  });
}

/** Our app gets the size's events in place of the real ones (same localities, same schema). */
async function routeApp(page, data) {
  if (data.label === 'real') return;
  await page.route('**/events.core-*.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: data.core }));
  await page.route('**/events.details-*.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: data.details }));
}

const approaches = {
  ours: { label: 'qantar-map', url: (server) => `${server.url}/?t=2022-01-01T00:00`, route: routeApp },
  naive: { label: 'naive react-leaflet', url: () => `${peerOrigin}/naive.html`, route: routePeers },
  timedimension: { label: 'Leaflet.TimeDimension', url: () => `${peerOrigin}/timedimension.html`, route: routePeers },
};

async function heapMb(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return Math.round((usedSize / 1e6) * 10) / 10;
}

/** One scrub of the whole window, one hour per step, in chunks so a slow run can be cut short. */
async function scrubRun(browser, server, approachKey, data, rate) {
  const approach = approaches[approachKey];
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await approach.route(page, data);
    const loadStart = Date.now();
    await page.goto(approach.url(server), { waitUntil: 'load', timeout: 60_000 });
    await page.locator('path[data-region]').nth(regionCount - 1).waitFor({ state: 'attached', timeout: 120_000 });
    const loadMs = Date.now() - loadStart;
    await page.evaluate(fontsReady);
    await page.waitForTimeout(500);
    const cdp = await page.context().newCDPSession(page);
    const heapAfterLoad = await heapMb(cdp);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const max = Number(await page.locator('input.qm-slider__input').getAttribute('max'));
    const steps = [];
    const started = Date.now();
    let cut = false;
    for (let from = 0; from < max; from += chunkSteps) {
      steps.push(...(await page.evaluate(scrubSteps, { from, to: Math.min(max, from + chunkSteps) })));
      if (Date.now() - started > runBudgetMs && from + chunkSteps < max) {
        cut = true;
        break;
      }
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const heapAfterScrub = await heapMb(cdp);
    const work = steps.map((step) => step.js + step.layout + step.paint);
    return {
      approach: approachKey,
      size: data.label,
      events: data.count,
      cpuThrottling: rate,
      steps: steps.length,
      ofSteps: max,
      cutShort: cut ? `stopped after ${steps.length} of ${max} steps (${Math.round((Date.now() - started) / 1000)} s)` : null,
      loadMs,
      workMs: summarize(work),
      jsMs: summarize(steps.map((step) => step.js)),
      frameMs: summarize(steps.map((step) => step.frame)),
      heapMb: { afterLoad: heapAfterLoad, afterScrub: heapAfterScrub },
      pageErrors: errors,
    };
  } finally {
    await page.close();
  }
}

// ---- bytes and start-up ------------------------------------------------------------------------

async function networkBytes(browser, server) {
  const page = await browser.newPage({ viewport: { width: 640, height: 480 } });
  const responses = [];
  page.on('response', async (response) => {
    try {
      const body = await response.body();
      responses.push({ path: new URL(response.url()).pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
    } catch {
      // redirects and aborted requests have no body
    }
  });
  await page.goto(`${server.url}/?embed=1`, { waitUntil: 'load' });
  await page.locator('path[data-region]').nth(regionCount - 1).waitFor({ state: 'attached' });
  const drawn = responses.length;
  await page.waitForTimeout(2_000); // the idle prefetch of descriptions and sources
  await page.close();
  const sum = (list, key) => list.reduce((n, r) => n + r[key], 0);
  const firstView = responses.slice(0, drawn);
  const later = responses.slice(drawn);
  return {
    firstView: { requests: firstView.length, raw: sum(firstView, 'raw'), gzip: sum(firstView, 'gzip'), files: firstView },
    afterIdle: { requests: later.length, raw: sum(later, 'raw'), gzip: sum(later, 'gzip'), files: later },
  };
}

async function sliderFirstResponds(browser, server) {
  const times = [];
  for (let run = 0; run < 5; run += 1) {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    await page.addInitScript(firstResponse);
    await page.goto(`${server.url}/?embed=1&t=2022-01-03T00:00`, { waitUntil: 'load' });
    times.push(await page.waitForFunction(() => globalThis.qmSliderResponded, null, { timeout: 30_000 }).then((handle) => handle.jsonValue()));
    await page.close();
  }
  return summarize(times.map((time) => time.respondedMs));
}

/** Lighthouse varies run to run on a small machine: the median of three runs, metric by metric. */
function lighthouse(server, executablePath) {
  if (quick) return { skipped: '--quick' };
  const runs = [0, 1, 2].map((run) => lighthouseOnce(server, executablePath, run));
  const done = runs.filter((run) => run.score !== undefined);
  if (done.length === 0) return runs[0];
  const median = (key) => [...done.map((run) => run[key])].sort((a, b) => a - b)[Math.floor(done.length / 2)];
  return { runs: done.length, score: median('score'), lcpMs: median('lcpMs'), tbtMs: median('tbtMs'), cls: median('cls'), fcpMs: median('fcpMs'), tbtEachMs: done.map((run) => run.tbtMs).join(' / ') };
}

function lighthouseOnce(server, executablePath, index) {
  const output = join(root, 'bench', 'results', `lighthouse-${index}.json`);
  const args = [
    '--yes',
    'lighthouse@12.8.2',
    `${server.url}/?embed=1`,
    '--only-categories=performance',
    '--form-factor=mobile',
    '--output=json',
    `--output-path=${output}`,
    '--quiet',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
  ];
  const run = spawnSync('npx', args, { cwd: root, env: { ...process.env, CHROME_PATH: executablePath }, encoding: 'utf8', timeout: 300_000 });
  if (run.status !== 0 || !existsSync(output)) return { skipped: `lighthouse did not run: ${(run.stderr || run.error?.message || '').trim().split('\n').at(-1)}` };
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const audit = (id) => report.audits[id]?.numericValue;
  return {
    score: Math.round(report.categories.performance.score * 100),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
    fcpMs: Math.round(audit('first-contentful-paint')),
  };
}

// ---- report ------------------------------------------------------------------------------------

function verdicts(results) {
  const run = (approach, size, rate) => results.scrub.find((r) => r.approach === approach && r.size === size && r.cpuThrottling === rate);
  const p95 = (r) => r?.workMs.p95;
  const check = (name, value, target, met) => ({ target: name, value, goal: target, met: value === undefined ? 'not measured' : met ? 'met' : 'NOT met' });
  const list = [
    check('first view bytes (gzip)', results.bytes.build.total, `<= ${firstViewBudgetBytes}`, results.bytes.build.total <= firstViewBudgetBytes),
    check('scrub p95, real, unthrottled (ms)', p95(run('ours', 'real', 1)), '< 8', p95(run('ours', 'real', 1)) < 8),
    check('scrub p95, real, 4x throttled (ms)', p95(run('ours', 'real', 4)), '< 16', p95(run('ours', 'real', 4)) < 16),
    check('scrub p95, 100k, unthrottled (ms)', p95(run('ours', '100k', 1)), '< 16', p95(run('ours', '100k', 1)) < 16),
  ];
  const naive10k = run('naive', '10k', 1);
  const ours10k = run('ours', '10k', 1);
  if (naive10k && ours10k) {
    const ratio = round(naive10k.workMs.median / ours10k.workMs.median);
    list.push(check('10k: naive median / ours median', ratio, '>= 5', ratio >= 5));
  }
  for (const size of ['real', '10k', '100k']) {
    const peer = run('timedimension', size, 1);
    const ours = run('ours', size, 1);
    if (peer && ours) {
      const ratio = round(peer.workMs.median / ours.workMs.median);
      list.push(check(`${size}: TimeDimension median / ours median`, ratio, '> 1', ratio > 1));
    }
  }
  const heap100k = run('ours', '100k', 1)?.heapMb.afterScrub;
  list.push(check('heap at 100k after scrub (MB)', heap100k, '< 60', heap100k < 60));
  const lh = results.startup.lighthouse;
  if (lh.score !== undefined) {
    list.push(check('Lighthouse mobile performance', lh.score, '>= 95', lh.score >= 95));
    list.push(check('Lighthouse TBT (ms)', lh.tbtMs, '< 100', lh.tbtMs < 100));
    list.push(check('Lighthouse CLS', lh.cls, '< 0.02', lh.cls < 0.02));
  }
  return list;
}

function printReport(results) {
  console.log('\nEmbed first view, from the build (gzip -9, bytes):');
  console.table(results.bytes.build.parts);
  const net = results.bytes.network;
  console.log(
    `From the browser's network log: first view ${net.firstView.requests} requests, ${net.firstView.gzip} B gzip / ${net.firstView.raw} B raw; ` +
      `fetched when idle afterwards: ${net.afterIdle.requests} requests, ${net.afterIdle.gzip} B gzip.`,
  );
  console.log('\nOne-hour slider steps over the whole window (ms; work = js + layout + paint on the main thread):');
  console.table(
    results.scrub.map((r) => ({
      approach: approaches[r.approach].label,
      events: r.events,
      cpu: `${r.cpuThrottling}x`,
      steps: r.cutShort ? `${r.steps}/${r.ofSteps}*` : r.steps,
      'work med': r.workMs.median,
      'work p95': r.workMs.p95,
      'js p95': r.jsMs.p95,
      'frame med': r.frameMs.median,
      'load ms': r.loadMs,
      'heap load MB': r.heapMb.afterLoad,
      'heap scrub MB': r.heapMb.afterScrub,
    })),
  );
  if (results.scrub.some((r) => r.cutShort)) console.log(`* stopped after ${runBudgetMs / 1000} s of scrubbing: too slow to finish the window`);
  console.log('\nStart-up:');
  console.table([{ 'slider responds (ms from navigation), median of 5': results.startup.sliderResponds.median, ...results.startup.lighthouse }]);
  console.log('\nTargets (issue 6):');
  console.table(results.targets);
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

async function main() {
  const executablePath = findChromium();
  ensureBuild(root);
  const baselineBuild = spawnSync('npx', ['vite', 'build', '--config', 'bench/baselines/vite.config.ts'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (baselineBuild.status !== 0) throw new Error('building bench/baselines failed');
  const sizes = await datasets();
  const server = await startPreview(root, port);
  const browser = await chromium.launch({ executablePath, args: chromiumFlags.args });
  try {
    const buildFiles = firstViewFiles(join(root, 'dist'));
    const parts = totalsByPart(buildFiles);
    const results = {
      date: new Date().toISOString(),
      commit: gitCommit(),
      machine: { cpu: cpus()[0].model, cores: cpus().length, os: `${platform()} ${release()}`, node: process.version, chromium: browser.version() },
      bytes: { build: { parts, files: buildFiles, total: parts.at(-1).gzip }, network: await networkBytes(browser, server) },
      scrub: [],
      startup: {},
    };
    const plan = [
      ...sizes.flatMap((data) => [
        ['ours', data, 1],
        ['ours', data, 4],
      ]),
      ...sizes.filter((data) => data.label !== '100k').map((data) => ['naive', data, 1]),
      ...sizes.filter((data) => data.label === 'real').map((data) => ['naive', data, 4]),
      ...sizes.map((data) => ['timedimension', data, 1]),
    ];
    for (const [approach, data, rate] of plan) {
      process.stderr.write(`scrub: ${approaches[approach].label}, ${data.label}, ${rate}x… `);
      const run = await scrubRun(browser, server, approach, data, rate);
      process.stderr.write(`work median ${run.workMs.median} ms, p95 ${run.workMs.p95} ms\n`);
      results.scrub.push(run);
    }
    results.startup.sliderResponds = await sliderFirstResponds(browser, server);
    process.stderr.write('lighthouse… \n');
    results.startup.lighthouse = lighthouse(server, executablePath);
    results.targets = verdicts(results);
    printReport(results);
    mkdirSync(join(root, 'bench', 'results'), { recursive: true });
    writeFileSync(join(root, 'bench', 'results', 'bench.json'), `${JSON.stringify(results, null, 1)}\n`);
    console.log('\nWrote bench/results/bench.json');
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
