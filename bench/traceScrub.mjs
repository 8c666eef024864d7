// `node bench/traceScrub.mjs [from] [to]`: a DevTools timeline trace of one-hour slider steps on
// the built app (real data), summarised by what the renderer's main thread did: script, style,
// layout, pre-paint, paint, layerize, commit. The profile behind the README's Performance notes;
// it reports, it never fails.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import chromiumFlags from '../scripts/chromiumArgs.json' with { type: 'json' };
import { ensureBuild, startPreview } from './previewServer.mjs';
import { fontsReady, scrubSteps } from './scrubPage.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const [from = 96, to = 216] = process.argv.slice(2).map(Number); // 5–9 January: most changes per step
const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));

/** Trace event names grouped into the phases a reader would recognise. */
const phases = {
  script: ['FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'RunMicrotasks', 'V8.Execute'],
  style: ['UpdateLayoutTree', 'RecalculateStyles'],
  layout: ['Layout'],
  prePaint: ['PrePaint'],
  paint: ['Paint', 'PaintImage'],
  layerize: ['Layerize', 'UpdateLayer', 'UpdateLayerTree'],
  commit: ['Commit'],
  hitTest: ['HitTest'],
};

/** Total time covered by the events' [ts, ts + dur) intervals (µs in, ms out). */
function unionMs(events) {
  const spans = events.map((event) => [event.ts, event.ts + (event.dur ?? 0)]).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [start, stop] of spans) {
    if (stop <= end) continue;
    total += stop - Math.max(start, end);
    end = stop;
  }
  return total / 1000;
}

ensureBuild(root);
const server = await startPreview(root, 4181);
const browser = await chromium.launch({ executablePath, args: chromiumFlags.args });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.url}/?t=2022-01-01T00:00`, { waitUntil: 'load' });
  await page.locator('path[data-region]').nth(16).waitFor({ state: 'attached' });
  await page.evaluate(fontsReady);
  await page.waitForTimeout(1500);
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  const steps = await page.evaluate(scrubSteps, { from, to });
  await cdp.send('Tracing.end');
  await done;
  const { profile } = await cdp.send('Profiler.stop');

  const mainThread = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const onMain = events.filter((event) => event.ph === 'X' && event.pid === mainThread?.pid && event.tid === mainThread?.tid);
  // Nested events (V8.Execute inside FunctionCall inside EventDispatch) would count twice: take
  // the union of each phase's intervals instead.
  const totals = Object.fromEntries(
    Object.entries(phases).map(([phase, names]) => [phase, unionMs(onMain.filter((event) => names.includes(event.name)))]),
  );
  console.log(`${steps.length} one-hour steps (slider values ${from}–${to}), ms per step on the renderer's main thread:`);
  console.table(Object.fromEntries(Object.entries(totals).map(([phase, ms]) => [phase, { 'ms per step': Math.round((ms / steps.length) * 100) / 100 }])));
  // Which layouts were largest: the element count tells whether a step relaid out the whole page.
  const layouts = onMain.filter((event) => event.name === 'Layout').map((event) => ({ ms: (event.dur ?? 0) / 1000, objects: event.args?.beginData?.dirtyObjects, total: event.args?.beginData?.totalObjects }));
  layouts.sort((a, b) => b.ms - a.ms);
  console.log('largest layouts (ms, dirty objects, total objects):', layouts.slice(0, 5).map((l) => [Math.round(l.ms * 100) / 100, l.objects, l.total]));
  // Self time by function (sampled CPU profile of the same steps): where the script time goes.
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map();
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    const frame = node.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').at(-1)}:${frame.lineNumber + 1}`;
    selfUs.set(key, (selfUs.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  const top = [...selfUs].filter(([key]) => !key.startsWith('(idle)') && !key.startsWith('(program)')).sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log('script self time per step, top functions (ms):');
  for (const [key, us] of top) console.log(`  ${(us / 1000 / steps.length).toFixed(3)}  ${key}`);
  const paints = onMain.filter((event) => event.name === 'Paint');
  console.log(`paints: ${paints.length} (${Math.round((paints.length / steps.length) * 10) / 10} per step)`);
} finally {
  await browser.close();
  server.stop();
}
