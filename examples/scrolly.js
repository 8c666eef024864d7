/* global window, document, IntersectionObserver */
// The scrollytelling example: a sticky map iframe; the passage crossing a line across the viewport
// is the active one, and its `data-t` becomes the map's instant.
import { appBase, createMapFrame, embedUrl, loadHostScript, showNotice, showRefusal } from './host.js';

/** The data-t of the active passage, or null before the first one (read by the e2e tests). */
window.activePassage = null;
/** Every ready/state/select/resize message the page received, in order. */
window.hostLog = [];

const { base, fallback, notice } = appBase();
if (notice) showNotice(notice);
document.getElementById('full-map').href = base ?? fallback;

const passages = Array.from(document.querySelectorAll('.passage[data-t]'));

/** The map's API once embed.js has loaded; commands issued before then wait on it and keep their order. */
function embedMap() {
  // A refused ?app= loads nothing at all: no frame, no host script; the passages still scroll.
  if (base === null) {
    showRefusal(document.getElementById('map-slot'), notice);
    return new Promise(() => {});
  }
  const iframe = createMapFrame({
    // Open at the first passage's instant, so the map does not start at the end of the story.
    src: embedUrl(base, 'scrolly-map', { t: passages[0]?.dataset.t }),
    title: 'Map: how the January 2022 protests spread across Kazakhstan',
    lazy: false,
  });
  document.getElementById('map-slot').append(iframe);
  const loaded = loadHostScript(base).then((qantarMap) => {
    const api = qantarMap(iframe);
    for (const type of ['ready', 'state', 'select', 'resize']) api.on(type, (message) => window.hostLog.push(message));
    return api;
  });
  loaded.catch((error) => showNotice(error.message));
  return loaded;
}

const map = embedMap();

function activate(passage) {
  if (window.activePassage === passage.dataset.t) return;
  for (const other of passages) {
    other.classList.toggle('is-active', other === passage);
    if (other === passage) other.setAttribute('aria-current', 'step');
    else other.removeAttribute('aria-current');
  }
  window.activePassage = passage.dataset.t;
  map.then((api) => api.setTime(passage.dataset.t));
}

/**
 * A zero-height line across the viewport: at the middle beside the map on wide screens, lower on
 * narrow ones, where the map sticks at the top and passages scroll up over it. Passages touch one
 * another, so the line crosses exactly one of them at a time, whatever their height.
 */
const narrow = window.matchMedia('(max-width: 47.99rem)').matches;
const linePercent = narrow ? 75 : 50;
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) if (entry.isIntersecting) activate(entry.target);
  },
  { rootMargin: `-${linePercent}% 0px -${100 - linePercent}% 0px`, threshold: 0 },
);
for (const passage of passages) observer.observe(passage);
