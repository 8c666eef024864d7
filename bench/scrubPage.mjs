// Code that runs inside the page. page.evaluate sends each function's source text to the browser,
// so every function here must be self-contained: no imports, no helpers from outside its body.
// ESLint sees bench/ as Node code; these are the page's globals that Node does not have.
/* global document, requestAnimationFrame, HTMLInputElement, MutationObserver */

/**
 * Moves the slider from `from` to `to` one hour at a time, as a dragging user would, and times each
 * step on the main thread (ms):
 * - js: the `input` dispatch plus one microtask. React commits and runs effects synchronously
 *   for a controlled input, so this should include Leaflet's setStyle; `fillInJs` checks it, and
 *   if the fill was written later, js runs until that write instead.
 * - layout: a forced getBoundingClientRect() of the map container (style + layout).
 * - paint: from our animation-frame callback, registered before the step so that work Leaflet
 *   defers to a frame comes after it, to the first task after that frame was painted.
 * - frame: from the dispatch to that task, including the wait for the next vsync.
 * Each step starts right after the previous frame was painted, when the main thread is idle.
 */
export async function scrubSteps({ from, to }) {
  const input = document.querySelector('input.qm-slider__input');
  const map = document.querySelector('.leaflet-container');
  const paths = [...document.querySelectorAll('path[data-region]')];
  const rows = [...document.querySelectorAll('table[data-testid=region-table] tr[data-region]')];
  // React remembers the value it last rendered; only the prototype's setter makes it see a change.
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const fills = () => paths.map((path) => path.getAttribute('fill')).join();
  const levels = () => rows.map((row) => row.dataset.status).join();

  let fillWrittenAt = null;
  const observer = new MutationObserver(() => (fillWrittenAt ??= performance.now()));
  for (const path of paths) observer.observe(path, { attributeFilter: ['fill'] });

  const last = to ?? Number(input.max);
  const steps = [];
  for (let value = from + 1; value <= last; value += 1) {
    const fillsBefore = fills();
    const levelsBefore = levels();
    fillWrittenAt = null;
    const painted = new Promise((resolve) =>
      requestAnimationFrame(() => {
        const frameAt = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ frameAt, paintedAt: performance.now() });
        channel.port2.postMessage(null);
      }),
    );

    const start = performance.now();
    setValue.call(input, String(value));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.resolve();
    const jsEnd = performance.now();
    const fillInJs = fills() !== fillsBefore;
    const layoutStart = performance.now();
    map.getBoundingClientRect();
    const layoutEnd = performance.now();
    const { frameAt, paintedAt } = await painted;

    const fillChanged = fills() !== fillsBefore;
    const lateFill = fillChanged && !fillInJs && fillWrittenAt !== null;
    steps.push({
      value,
      fillChanged,
      fillInJs,
      levelChanged: levels() !== levelsBefore,
      js: (lateFill ? fillWrittenAt : jsEnd) - start,
      layout: layoutEnd - layoutStart,
      paint: paintedAt - frameAt,
      frame: paintedAt - start,
    });
  }
  observer.disconnect();
  return steps;
}

/**
 * Collects Event Timing entries of real interactions into globalThis.qmBenchInteractions. The
 * browser reports only events of 16 ms or more (its floor) and rounds durations to 8 ms.
 */
export function watchInteractions() {
  const seen = [];
  globalThis.qmBenchInteractions = seen;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.interactionId) continue;
      seen.push({
        interactionId: entry.interactionId,
        name: entry.name,
        duration: entry.duration,
        inputDelay: entry.processingStart - entry.startTime,
        processing: entry.processingEnd - entry.processingStart,
      });
    }
  }).observe({ type: 'event', durationThreshold: 16 });
}

/** Resolves once the page's fonts are in, so no late font swap relayouts the first steps. */
export function fontsReady() {
  return document.fonts.ready.then(() => undefined);
}

/** Resolves after the next frame was painted: between key presses, so each is its own interaction. */
export function afterNextPaint() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
}
