import type { GeoJSON as LeafletGeoJSON, Layer, Polygon } from 'leaflet';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useLatest } from '../ui/useLatest';
import { GeoJSON } from 'react-leaflet';
import type { Feature } from 'geojson';
import type { RegionCollection, RegionFeature, RegionId } from '../data/types';
import type { Messages } from '../i18n/messages';
import type { RegionStatus } from '../timeline/regionStatusAt';
import { dataAttribution } from './mapDefaults';
import { regionLabel } from '../i18n/placeNames';
import { regionGeometryCaveat } from '../i18n/regionGeometryCaveat';
import { regionStyle, regionStyleDefaults } from './regionStyle';
import { regionTooltipElement } from './regionTooltip';

interface RegionLayerProps {
  regions: RegionCollection;
  statuses: ReadonlyMap<RegionId, RegionStatus>;
  selected: string | null;
  onSelect: (id: RegionId) => void;
  messages: Messages;
  /** Called once the regions are on the map (the end of the first view). */
  onDrawn?: () => void;
}

/**
 * The 17 units as an SVG choropleth. Created once; only `style` changes, and only when some
 * region's level or the selection changed (one setStyle pass, not one per slider step).
 */
export function RegionLayer({ regions, statuses, selected, onSelect, messages, onDrawn }: RegionLayerProps) {
  const latest = useLatest({ statuses, onSelect, messages });

  const levelKey = useMemo(() => [...statuses].map(([id, s]) => `${id}:${s.level}`).join(','), [statuses]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputed only when a level changes, on purpose
  const levels = useMemo(() => new Map([...statuses].map(([id, s]) => [id, s.level])), [levelKey]);
  const style = useCallback(
    (feature?: Feature) => regionStyle(levels.get(feature?.id as RegionId), feature?.id === selected),
    [levels, selected],
  );

  const bindRegion = useCallback(function bindRegionInteractions(feature: RegionFeature, layer: Layer) {
    const path = layer as Polygon;
    // Read at opening time from refs, so the details follow the slider (STYLE.md rule 5).
    path.bindTooltip(() => regionTooltipElement(feature.properties, latest.current.statuses.get(feature.id), latest.current.messages), {
      sticky: true,
      className: 'qm-region-tooltip',
      direction: 'top',
    });
    path.on('click', () => latest.current.onSelect(feature.id));
    path.on('mouseover', () => {
      path.setStyle({ weight: regionStyleDefaults.highlightWeight, color: regionStyleDefaults.highlightColor });
      path.bringToFront();
    });
    path.on('mouseout', () => path.setStyle({ weight: regionStyleDefaults.weight, color: regionStyleDefaults.color }));
    path.on('add', function makeRegionFocusable() {
      const element = path.getElement();
      if (!element) return;
      element.setAttribute('tabindex', '0');
      element.setAttribute('role', 'button');
      element.setAttribute('aria-label', regionAriaLabel(feature, latest.current.messages));
      element.setAttribute('data-region', feature.id);
      element.addEventListener('focus', () => path.openTooltip(path.getCenter()));
      element.addEventListener('blur', () => path.closeTooltip());
      element.addEventListener('keydown', (event) => {
        const { key } = event as KeyboardEvent;
        if (key === 'Enter' || key === ' ') {
          event.preventDefault();
          latest.current.onSelect(feature.id);
        }
      });
    });
  }, [latest]);

  const layer = useRef<LeafletGeoJSON>(null);
  // Runs after the child GeoJSON's own effect has added the layer to the map.
  useEffect(
    function reportDrawn() {
      onDrawn?.();
    },
    [onDrawn],
  );
  useEffect(
    function renameRegionsInLanguage() {
      layer.current?.eachLayer((path) => {
        const feature = (path as Polygon).feature as RegionFeature | undefined;
        if (feature) (path as Polygon).getElement()?.setAttribute('aria-label', regionAriaLabel(feature, messages));
      });
    },
    [messages],
  );

  return <GeoJSON ref={layer} data={regions} style={style} onEachFeature={bindRegion} attribution={dataAttribution} />;
}

/** The region's name (then and now) and, for schematic outlines, the caveat, in the reader's language. */
function regionAriaLabel(feature: RegionFeature, messages: Messages): string {
  const label = regionLabel(feature.properties, messages);
  const caveat = regionGeometryCaveat(feature.properties, messages);
  return caveat ? `${label}. ${caveat}` : label;
}
