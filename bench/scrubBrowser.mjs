// Browser benchmark of one slider step (one hour) in the built app, in headless Chromium:
// (a) an in-page harness scrubs the whole story window, without and with 4x CPU throttling;
// (b) real ArrowRight presses, timed by the Event Timing API (what INP uses).
// It prints a table and writes bench/results/scrub.json. Timings are reported, never judged:
// it exits 1 only when no browser is found or the page does not load.
//
//   node bench/scrubBrowser.mjs        (part of `npm run bench`; CHROME_PATH picks the browser)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { ensureBuild, startPreview } from './previewServer.mjs';
import { afterNextPaint, fontsReady, scrubSteps, watchInteractions } from './scrubPage.mjs';
import chromiumFlags from '../scripts/chromiumArgs.json' with { type: 'json' };

const root = fileURLToPath(new URL('..', import.meta.url));
const port = 4179; // not 4173, so it can run while `npm run preview` or the e2e server is up
const startAt = '2022-01-01T00:00';
// Key presses start on 3 January: the next 100 hours are the days when most regions change.
const keysStartAt = '2022-01-03T00:00';
const keyPresses = 100;
const throttleRate = 4;
const regionCount = 17;
const hourZero = Date.parse('2022-01-01T00:00:00+06:00');
// Shared with playwright.config.ts.
const chromiumArgs = chromiumFlags.args;

/** The browser lookup of playwright.config.ts; undefined means Playwright's own download. */
function findChromium() {
  const found = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
  if (found) return found;
  if (existsSync(chromium.executablePath())) return undefined;
  console.error(
    'No Chromium found for the browser benchmark: install it with `sudo apt-get install -y chromium` (Debian) or set CHROME_PATH to a Chrome/Chromium binary.',
  );
  process.exit(1);
}

/** Nearest-rank quantile of an ascending array. */
const quantile = (sorted, q) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
const round = (ms) => Math.round(ms * 100) / 100;

function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: round(quantile(sorted, 0.5)), p95: round(quantile(sorted, 0.95)), max: round(sorted.at(-1)) };
}

/** Cores' worth of CPU the whole machine used since `before` (a cpus() snapshot). */
function busyCoresSince(before) {
  const spent = cpus().map((cpu, index) => {
    const [now, then] = [cpu.times, before[index].times];
    const busy = now.user + now.nice + now.sys + now.irq - (then.user + then.nice + then.sys + then.irq);
    return { busy, total: busy + now.idle - then.idle };
  });
  const total = spent.reduce((sum, cpu) => sum + cpu.total, 0);
  return total ? round((spent.reduce((sum, cpu) => sum + cpu.busy, 0) / total) * spent.length) : 0;
}

/** "05.01 14:00": Almaty wall time of slider value `hours`. */
function hourLabel(hours) {
  const almaty = new Date(hourZero + hours * 3_600_000 + 6 * 3_600_000).toISOString();
  return `${almaty.slice(8, 10)}.${almaty.slice(5, 7)} ${almaty.slice(11, 16)}`;
}

async function openApp(page, url, t) {
  try {
    await page.goto(`${url}/?t=${t}`, { waitUntil: 'load', timeout: 30_000 });
    await page.locator('path[data-region]').nth(regionCount - 1).waitFor({ state: 'attached', timeout: 30_000 });
  } catch (error) {
    throw Object.assign(new Error(`The app did not load at ${url}/?t=${t}: ${error.message.split('\n')[0]}`), { pageDidNotLoad: true });
  }
  // Let fitBounds, fonts and the first idle work settle, so step 1 is not charged for the load.
  await page.evaluate(fontsReady);
  await page.waitForTimeout(500);
}

async function scrubRun(page, url, rate) {
  await openApp(page, url, startAt);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const steps = await page.evaluate(scrubSteps, { from: 0 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();

  const workOf = (step) => step.js + step.layout + step.paint;
  const work = steps.map(workOf);
  const pick = (key) => summarize(steps.map((step) => step[key]));
  const changing = steps.filter((step) => step.fillChanged);
  const slowest = [...steps]
    .sort((a, b) => workOf(b) - workOf(a))
    .slice(0, 5)
    .map((step) => ({ hour: step.value, at: hourLabel(step.value), work: round(workOf(step)), js: round(step.js), fillChanged: step.fillChanged }));
  const hundreds = Array.from({ length: Math.ceil(steps.length / 100) }, (_, block) => work.slice(block * 100, block * 100 + 100));
  return {
    cpuThrottling: rate,
    steps: steps.length,
    stepsWithRegionChange: changing.length,
    regionChangesCommittedInJs: changing.filter((step) => step.fillInJs).length,
    stepsWhereTableAndMapDisagree: steps.filter((step) => step.fillChanged !== step.levelChanged).length,
    workMs: summarize(work),
    jsMs: pick('js'),
    layoutMs: pick('layout'),
    paintMs: pick('paint'),
    frameMs: pick('frame'),
    // The event list and the DOM grow as the story goes on; this shows whether the step cost does too.
    workMedianMsPer100Hours: hundreds.map((block) => summarize(block).median),
    workWhenRegionChangesMs: changing.length ? summarize(changing.map(workOf)) : null,
    slowest,
    perStep: steps.map((step) => ({
      ...step,
      js: round(step.js),
      layout: round(step.layout),
      paint: round(step.paint),
      frame: round(step.frame),
    })),
  };
}

async function keyRun(page, url) {
  await openApp(page, url, keysStartAt);
  await page.evaluate(watchInteractions);
  const slider = page.locator('input.qm-slider__input');
  await slider.focus();
  const firstValue = Number(await slider.inputValue());
  for (let press = 0; press < keyPresses; press += 1) {
    await page.keyboard.press('ArrowRight');
    await page.evaluate(afterNextPaint);
  }
  await page.waitForTimeout(300); // observers are told after the paint, in a later task
  const lastValue = Number(await slider.inputValue());
  const entries = await page.evaluate(() => globalThis.qmBenchInteractions);

  const byInteraction = new Map();
  for (const { interactionId, duration } of entries) {
    byInteraction.set(interactionId, Math.max(byInteraction.get(interactionId) ?? 0, duration));
  }
  // Presses under the browser's 16 ms floor leave no entry; they count as 0 here and show as "<16".
  const durations = [...byInteraction.values(), ...Array(Math.max(0, keyPresses - byInteraction.size)).fill(0)];
  const shown = (ms) => (ms < 16 ? '<16' : ms);
  const { median, p95, max } = summarize(durations);
  return {
    presses: keyPresses,
    hours: `${firstValue} → ${lastValue} (${hourLabel(firstValue)} → ${hourLabel(lastValue)})`,
    interactionsAtOrAbove16Ms: byInteraction.size,
    durationMs: { median: shown(median), p95: shown(p95), max: shown(max) },
    entries,
  };
}

function gitCommit() {
  try {
    const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const commit = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain', '--', 'src') !== '';
    return dirty ? `${commit} + uncommitted src/ changes` : commit;
  } catch {
    return 'unknown';
  }
}

function printTable(runs, keys) {
  const line = (label, run) => ({
    run: label,
    steps: run.steps,
    'js med': run.jsMs.median,
    'layout med': run.layoutMs.median,
    'paint med': run.paintMs.median,
    'work med': run.workMs.median,
    'work p95': run.workMs.p95,
    'work max': run.workMs.max,
    'frame med': run.frameMs.median,
  });
  console.log('\nPer one-hour slider step, in-page harness (ms; work = js + layout + paint):');
  console.table(runs.map((run) => line(run.cpuThrottling === 1 ? 'unthrottled' : `CPU ${run.cpuThrottling}x slower`, run)));
  for (const run of runs) {
    const slow = run.slowest.map((step) => `${step.at} ${step.work}${step.fillChanged ? '*' : ''}`).join(', ');
    const recoloured = `${run.stepsWithRegionChange} steps recolour a region (${run.regionChangesCommittedInJs} within js)`;
    console.log(`  ${run.cpuThrottling}x: work median per 100 h: ${run.workMedianMsPer100Hours.join(' | ')}; ${recoloured}`);
    console.log(`      slowest (* = recolour): ${slow}`);
  }
  console.log(`\nArrowRight presses, Event Timing interaction duration (ms, 8 ms resolution), hours ${keys.hours}:`);
  console.table([{ presses: keys.presses, '>=16 ms': keys.interactionsAtOrAbove16Ms, ...keys.durationMs }]);
}

async function main() {
  const executablePath = findChromium();
  ensureBuild(root);
  const server = await startPreview(root, port);
  let browser;
  try {
    browser = await chromium.launch({ executablePath, args: chromiumArgs });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));

    // Other work on the machine (a test run, a build) inflates p95 and max; the CPU used says whether there was any.
    const measureStart = cpus();
    const runs = [await scrubRun(page, server.url, 1), await scrubRun(page, server.url, throttleRate)];
    const keys = await keyRun(page, server.url);
    printTable(runs, keys);

    const busyCores = busyCoresSince(measureStart);
    console.log(`\nCPU busy while measuring: ${busyCores} of ${cpus().length} cores (this benchmark alone keeps about 1 busy).`);
    const results = {
      date: new Date().toISOString(),
      commit: gitCommit(),
      machine: {
        cpu: cpus()[0].model,
        cores: cpus().length,
        os: `${platform()} ${release()}`,
        node: process.version,
        chromium: browser.version(),
        busyCoresWhileMeasuring: busyCores,
      },
      page: { url: `${server.url}/?t=${startAt}`, viewport: '1280x800', chromiumArgs },
      pageErrors: errors,
      scrub: runs,
      keys,
    };
    mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
    writeFileSync(new URL('./results/scrub.json', import.meta.url), `${JSON.stringify(results, null, 1)}\n`);
    if (errors.length) console.log(`\n${errors.length} page error(s) logged, see bench/results/scrub.json`);
    console.log('\nWrote bench/results/scrub.json');
  } finally {
    await browser?.close();
    server.stop();
  }
}

main().catch((error) => {
  console.error(error.pageDidNotLoad ? error.message : error);
  process.exitCode = 1;
});
