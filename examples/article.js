/* global window, document */
// The article example: one lazy map iframe in the text, sized by embed.js, and a box of host
// controls that drive it through the qantarMap() API.
import { appBase, createMapFrame, embedUrl, loadHostScript, showNotice, showRefusal } from './host.js';

/** Every ready/state/select/resize message the page received, in order (read by the e2e tests). */
window.hostLog = [];

const { base, fallback, notice } = appBase();
if (notice) showNotice(notice);
document.getElementById('full-map').href = base ?? fallback;

const stateBox = document.getElementById('host-state');
const buttons = Array.from(document.querySelectorAll('.host-buttons button'));

function showState(message) {
  const regions = Object.values(message.regions ?? {});
  const notCalm = regions.filter((region) => region.status !== 'calm').length;
  stateBox.textContent = `t: ${message.t} (Almaty time)\nregions not calm: ${notCalm} of ${regions.length}`;
  stateBox.dataset.t = message.t;
  stateBox.dataset.notCalm = String(notCalm);
}

function connectControls(map) {
  for (const type of ['ready', 'state', 'select', 'resize']) map.on(type, (message) => window.hostLog.push(message));
  map.on('state', showState);
  for (const button of buttons) {
    button.addEventListener('click', () => {
      if (button.dataset.t) map.setTime(button.dataset.t);
      else if (button.dataset.command === 'play') map.play();
      else if (button.dataset.command === 'pause') map.pause();
    });
    button.disabled = false;
  }
}

if (base === null) {
  // A refused ?app= loads nothing at all: no frame, no host script.
  showRefusal(document.getElementById('map-slot'), notice);
  stateBox.textContent = 'No map loaded.';
} else {
  const iframe = createMapFrame({
    src: embedUrl(base, 'article-map'),
    title: 'Map: how the January 2022 protests spread across Kazakhstan',
    lazy: true,
  });
  document.getElementById('map-slot').append(iframe);
  loadHostScript(base).then(
    (qantarMap) => connectControls(qantarMap(iframe)),
    function reportLoadFailure(error) {
      stateBox.textContent = error.message;
    },
  );
}
