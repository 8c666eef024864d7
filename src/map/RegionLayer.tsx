import type { Layer, Polygon } from 'leaflet';
import { GeoJSON } from 'react-leaflet';
import type { RegionCollection, RegionFeature } from '../data/types';
import { regionGeometryCaveat, regionLabel } from './regionLabel';
import { regionHighlightStyle, regionStyle } from './regionStyle';
import { dataAttribution } from './mapDefaults';

interface RegionLayerProps {
  regions: RegionCollection;
}

/**
 * The 17 units of January 2022 as SVG paths. Each path is keyboard-focusable and names its region
 * in a tooltip on hover and on focus. The data is fixed at creation; later only `style` changes.
 */
export function RegionLayer({ regions }: RegionLayerProps) {
  return (
    <GeoJSON
      data={regions}
      style={regionStyle}
      onEachFeature={bindRegionInteractions}
      attribution={dataAttribution}
    />
  );
}

/** Runs once per feature at layer creation (Leaflet's onEachFeature): nothing here reads app state. */
function bindRegionInteractions(feature: RegionFeature, layer: Layer): void {
  const path = layer as Polygon;
  const label = regionLabel(feature.properties);
  const caveat = regionGeometryCaveat(feature.properties);
  path.bindTooltip(regionTooltipContent(label, caveat), { sticky: true, className: 'qm-region-tooltip', direction: 'top' });

  const highlight = () => path.setStyle(regionHighlightStyle());
  const unhighlight = () => path.setStyle(regionStyle());
  // Raise the hovered path so its heavier outline is not hidden under its neighbours. Not on
  // focus: moving a focused SVG element in the DOM would blur it.
  path.on('mouseover', () => {
    highlight();
    path.bringToFront();
  });
  path.on('mouseout', unhighlight);

  path.on('add', function makeRegionFocusable() {
    const element = path.getElement();
    if (!element) return;
    element.setAttribute('tabindex', '0');
    element.setAttribute('role', 'img');
    element.setAttribute('aria-label', caveat ? `${label}. ${caveat}` : label);
    element.setAttribute('data-region', feature.id);
    element.addEventListener('focus', () => {
      highlight();
      path.openTooltip(path.getCenter());
    });
    element.addEventListener('blur', () => {
      unhighlight();
      path.closeTooltip();
    });
  });
}

/** Built from text nodes, never HTML strings: names come from data files. */
function regionTooltipContent(label: string, caveat: string | null): HTMLElement {
  const content = document.createElement('div');
  const title = document.createElement('strong');
  title.textContent = label;
  content.append(title);
  if (caveat) {
    const note = document.createElement('div');
    note.className = 'qm-region-tooltip__caveat';
    note.textContent = caveat;
    content.append(note);
  }
  return content;
}
