import { chromium } from '@playwright/test';
import { scrubSteps, fontsReady } from '/work/main/bench/scrubPage.mjs';
import { startPreview } from '/work/main/bench/previewServer.mjs';
import flags from '/work/main/scripts/chromiumArgs.json' with { type: 'json' };
const server = await startPreview('/work/main', 4180);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: flags.args });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
if (process.env.N) {
  const { runnerImport } = await import('vite');
  const { readFileSync } = await import('node:fs');
  const { module: syn } = await runnerImport('/work/main/bench/syntheticEvents.ts');
  const events = syn.syntheticEvents(Number(process.env.N), JSON.parse(readFileSync('/work/main/geo/cities.geojson', 'utf8')));
  const core = JSON.stringify({ type: 'FeatureCollection', features: events });
  const details = JSON.stringify(Object.fromEntries(events.map((e) => [e.id, { description: { en: 'Synthetic event for benchmarks.' }, sources: [{ publisher: 'S', url: 'https://example.org/s' }] }])));
  await page.route('**/events.core-*.json', (r) => r.fulfill({ body: core, contentType: 'application/json' }));
  await page.route('**/events.details-*.json', (r) => r.fulfill({ body: details, contentType: 'application/json' }));
}
if (process.env.RM) await page.emulateMedia({ reducedMotion: 'reduce' });
await page.goto(server.url + '/?t=2022-01-01T00:00' + (process.argv[2] ?? ''));
await page.locator('path[data-region]').nth(16).waitFor({ state: 'attached' });
if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });
await page.evaluate(fontsReady); await page.waitForTimeout(1500);
const cdp = await page.context().newCDPSession(page);
if (process.argv.includes('--profile')) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start'); }
await cdp.send('Performance.enable');
const m0 = (await cdp.send('Performance.getMetrics')).metrics.find(m=>m.name==='TaskDuration').value;
let traceEvents = [];
if (process.env.TRACE) {
  cdp.on('Tracing.dataCollected', (d) => traceEvents.push(...d.value));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
}
const steps = await page.evaluate(scrubSteps, { from: 0 });
if (process.env.TRACE) {
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end'); await done;
  const main = traceEvents.filter((e) => e.ph === 'X' && e.dur);
  const tids = new Map(); for (const e of main) if (e.name === 'ParseHTML' || e.name === 'FunctionCall' || e.name === 'UpdateLayoutTree') tids.set(`${e.pid}:${e.tid}`, (tids.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const mainTid = [...tids].sort((a, b) => b[1] - a[1])[0][0];
  const sums = new Map(); for (const e of main) if (`${e.pid}:${e.tid}` === mainTid) sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur);
  console.log([...sums].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${(v / 1000 / steps.length).toFixed(2)} ms/step ${k}`).join('\n'));
}
const m1 = (await cdp.send('Performance.getMetrics')).metrics.find(m=>m.name==='TaskDuration').value;
console.log('main-thread busy per step (mean, ms)', ((m1-m0)*1000/steps.length).toFixed(2));
const q = (k, p) => { const s = steps.map(x => x[k]).sort((a, b) => a - b); return s[Math.ceil(p * s.length) - 1].toFixed(2); };
for (const k of ['js', 'layout', 'paint', 'frame']) console.log(k, 'med', q(k, .5), 'p95', q(k, .95));
const w = steps.map(s => s.js + s.layout + s.paint).sort((a, b) => a - b); console.log('work med', w[300].toFixed(2), 'p95', w[570].toFixed(2));
console.log([...steps].sort((a,b)=>(b.js+b.layout+b.paint)-(a.js+a.layout+a.paint)).slice(0,25).map(s=>`${s.value} js${s.js.toFixed(1)} l${s.layout.toFixed(1)} p${s.paint.toFixed(1)} ${s.fillChanged?'F':''}${s.levelChanged?'L':''}`).join('\n'));
if (process.argv.includes('--profile')) {
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map(); const dt = profile.timeDeltas; const byId = new Map(profile.nodes.map(n => [n.id, n]));
  profile.samples.forEach((id, i) => { const n = byId.get(id); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0)); });
  const parent = new Map(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
  const callers = new Map();
  profile.samples.forEach((id, i) => { const n = byId.get(id); if (!['getBoundingClientRect','addEventListener','setAttribute','removeChild'].includes(n.callFrame.functionName)) return;
    let chain = []; let p = parent.get(n.id); for (let k = 0; p && k < 4; k++, p = parent.get(p.id)) chain.push(`${p.callFrame.functionName}:${p.callFrame.lineNumber}`);
    const key = n.callFrame.functionName + ' <- ' + chain.join(' <- '); callers.set(key, (callers.get(key) ?? 0) + (dt[i] ?? 0)); });
  console.log([...callers].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${(v / 1000).toFixed(0)}ms ${k}`).join('\n'));
  console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${(v / 1000).toFixed(0)}ms ${k}`).join('\n'));
}
await browser.close(); server.stop();
