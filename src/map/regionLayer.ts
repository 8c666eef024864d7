import L from 'leaflet';
import type { RegionCollection, RegionFeature, RegionId } from '../data/types';
import type { Messages } from '../i18n/messages';
import type { Level } from '../timeline/level';
import type { RegionStatus } from '../timeline/regionStatusAt';
import { makeFocusable } from './focusableLayer';
import { makeTooltipHoverable } from './hoverableTooltip';
import { regionLabel } from '../i18n/placeNames';
import { regionGeometryCaveat } from '../i18n/regionGeometryCaveat';
import { regionStyle, regionStyleDefaults } from './regionStyle';
import { regionTooltipElement } from './regionTooltip';

export interface RegionLayerProps {
  /** Fixed at creation: a new dataset mounts a new layer. */
  regions: RegionCollection;
  /** The scene's region statuses: an entry that kept its identity is not looked at again. */
  statuses: ReadonlyMap<RegionId, RegionStatus>;
  selected: string | null;
  onSelect: (id: RegionId) => void;
  messages: Messages;
  /** Called once the regions are on the map (the end of the first view). */
  onDrawn?: () => void;
}

/** One region's path and what was last applied to it, so a step restyles only what changed. */
interface RegionPath {
  feature: RegionFeature;
  path: L.Path;
  level: Level;
  selected: boolean;
}

interface RegionLayerState {
  props: RegionLayerProps;
  paths: Map<RegionId, RegionPath>;
}

/** Per-instance state of the layers made here; handlers bound at creation read `props` from it. */
const states = new WeakMap<L.GeoJSON, RegionLayerState>();

/**
 * The 17 units as an SVG choropleth, created once. Handlers read the latest props at the moment
 * they fire (STYLE.md rule 5), so nothing is rebound when the instant moves.
 */
export function createRegionLayer(props: RegionLayerProps & { pane?: string; attribution?: string }): L.GeoJSON {
  const paths = new Map<RegionId, RegionPath>();
  const state: RegionLayerState = { props, paths };
  const layer = L.geoJSON(props.regions, {
    ...(props.pane ? { pane: props.pane } : {}),
    // Leaflet shows a layer's attribution when it is added; react-leaflet only handles later changes.
    ...(props.attribution ? { attribution: props.attribution } : {}),
    style: (feature) => {
      const id = feature?.id as RegionId;
      return regionStyle(props.statuses.get(id)?.level, id === props.selected);
    },
    onEachFeature: (feature: RegionFeature, leafletLayer) => {
      const path = leafletLayer as L.Path;
      const entry: RegionPath = { feature, path, level: props.statuses.get(feature.id)?.level ?? 'calm', selected: feature.id === props.selected };
      paths.set(feature.id, entry);
      bindRegion(entry, state);
    },
  });
  layer.once('add', () => state.props.onDrawn?.());
  states.set(layer, state);
  return layer;
}

/**
 * Applies new props by diff (react-leaflet's updateX contract): `setStyle` only on regions whose
 * level or selection changed, labels only when the language changed; nothing on an unchanged step.
 */
export function updateRegionLayer(layer: L.GeoJSON, props: RegionLayerProps, prev: RegionLayerProps): void {
  const state = states.get(layer);
  if (!state) return;
  state.props = props;
  if (props.statuses !== prev.statuses || props.selected !== prev.selected) {
    for (const [id, entry] of state.paths) {
      const status = props.statuses.get(id);
      const touched = status !== prev.statuses.get(id) || id === props.selected || id === prev.selected;
      if (!touched) continue;
      const level = status?.level ?? 'calm';
      const selected = id === props.selected;
      if (level === entry.level && selected === entry.selected) continue;
      entry.level = level;
      entry.selected = selected;
      entry.path.setStyle(regionStyle(level, selected));
    }
  }
  if (props.messages !== prev.messages) {
    for (const entry of state.paths.values()) entry.path.getElement()?.setAttribute('aria-label', regionAriaLabel(entry.feature, props.messages));
  }
}

function bindRegion(entry: RegionPath, state: RegionLayerState): void {
  const { feature, path } = entry;
  const select = () => state.props.onSelect(feature.id);
  path.bindTooltip(() => regionTooltipElement(feature.properties, state.props.statuses.get(feature.id), state.props.messages), {
    className: 'qm-tooltip qm-region-tooltip',
    direction: 'top',
  });
  makeTooltipHoverable(path, () => 10);
  path.on('click', select);
  path.on('mouseover', function highlightRegion() {
    path.setStyle({ weight: regionStyleDefaults.highlightWeight, color: regionStyleDefaults.highlightColor });
    path.bringToFront();
  });
  // Back to the region's own current style, selection outline included (not to the defaults).
  path.on('mouseout', function unhighlightRegion() {
    path.setStyle(regionStyle(entry.level, entry.selected));
  });
  path.on('add', function makeRegionFocusable() {
    const attributes = { 'aria-label': regionAriaLabel(feature, state.props.messages), 'data-region': feature.id };
    const anchor = (path as L.Polygon).getCenter();
    makeFocusable(path, attributes, () => path.openTooltip(anchor), select, { id: `region:${feature.id}`, anchor, enabled: true });
  });
}

/** The region's name (then and now) and, for schematic outlines, the caveat, in the reader's language. */
function regionAriaLabel(feature: RegionFeature, messages: Messages): string {
  const label = regionLabel(feature.properties, messages);
  const caveat = regionGeometryCaveat(feature.properties, messages);
  return caveat ? `${label}. ${caveat}` : label;
}
