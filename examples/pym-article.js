/* global window, document, URL */
// The pym.js example: the frame is made by pym.js's own Parent, as a newsroom CMS that already uses
// pym does; no qantar-map script runs on this page. The map speaks pym's child protocol.
import { appBase, showNotice, showRefusal } from './host.js';

/** Every pym height this page received, as pym's parent saw it (read by the e2e tests). */
window.pymHeights = [];

const { base, fallback, notice } = appBase();
if (notice) showNotice(notice);
document.getElementById('full-map').href = base ?? fallback;

if (base === null) {
  showRefusal(document.getElementById('map-slot'), notice);
} else if (!window.pym) {
  showNotice('pym.js did not load, so the map was not embedded.');
} else {
  const url = new URL('./', base);
  url.searchParams.set('embed', '1');
  const lang = new URL(window.location.href).searchParams.get('lang');
  if (lang) url.searchParams.set('lang', lang);
  const parent = new window.pym.Parent('map-slot', url.href, { title: 'Map: how the January 2022 protests spread across Kazakhstan' });
  parent.onMessage('height', (height) => window.pymHeights.push(Number(height)));
  parent.iframe.className = 'qantar-frame';
  window.pymParent = parent;
}
