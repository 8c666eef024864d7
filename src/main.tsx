import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'leaflet/dist/leaflet.css';
import './styles/app.css';
import './styles/layout.css';
import './styles/chrome.css';
import './styles/embed.css';
import './styles/threat.css';
import './styles/map.css';
import './styles/a11y.css';
import './styles/story.css';
import './styles/laterCounts.css';
import './styles/channels.css';
import './styles/stills.css';
import './styles/days.css';
import './styles/recording.css';
import { App } from './App';
import { cssCustomProperties } from './map/cssCustomProperties';
import { styleTokens } from './map/styleTokens';
import { parsePageOptions } from './view/parseLink';

// The one read of the address: the page's options now, the moment once the data has arrived
// (src/view/initialView.ts). Later changes to the address come from the app itself.
const search = window.location.search;
const page = parsePageOptions(search);

// The CSS's --qm-* colours and widths, from the same tokens as the map (why CSSOM: cssCustomProperties.ts).
for (const [name, value] of Object.entries(cssCustomProperties(styleTokens))) document.documentElement.style.setProperty(name, value);

// Embed mode sizes the document by its content (styles/embed.css), so mark it before the first paint.
if (page.options.embed) document.documentElement.classList.add('qm-embed-page');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App search={search} page={page.options} pageNotices={page.notices} />
  </StrictMode>,
);
