import L from 'leaflet';
import type { CityCollection, RegionCollection, RegionId } from '../data/types';
import type { Messages } from '../i18n/messages';
import type { PlaceStatus } from '../timeline/placeStatusAt';
import type { RegionStatus } from '../timeline/regionStatusAt';
import { cityRegions, cityRegionSymbol, type CityRegionSymbol } from './cityRegionStyle';
import { makeTooltipHoverable } from './hoverableTooltip';
import { placeRadius } from './placeStyle';
import { regionTooltipElement } from './regionTooltip';

export interface CityRegionLayerProps {
  /** Fixed at creation: the three cities' points, and the regions' names for the tooltip. */
  cities: CityCollection;
  regions: RegionCollection;
  messages: Messages;
  /** The scene's region statuses (the symbol's colour and hatch). */
  statuses: ReadonlyMap<RegionId, RegionStatus>;
  /** The scene's places: the symbol frames the event circle at the city. */
  places: ReadonlyMap<string, PlaceStatus>;
  onSelect: (id: RegionId) => void;
}

/** Between the country outline (410) and the city dots (440): above every fill, under the data. */
const paneName = 'qm-city-regions';
const paneZIndex = '436';
const svgNs = 'http://www.w3.org/2000/svg';

interface CityRegionMark {
  region: RegionId;
  city: string;
  marker: L.Marker;
  svg: SVGSVGElement;
  /** Outer edge, fill with inner edge, hatch overlay. */
  rects: [SVGRectElement, SVGRectElement, SVGRectElement];
  /** The last symbol drawn, compared by value so an unchanged step touches nothing. */
  drawn: string;
  side: number;
}

const states = new WeakMap<L.LayerGroup, { props: CityRegionLayerProps; marks: CityRegionMark[] }>();

/**
 * Almaty, Nur-Sultan and Shymkent are regions of their own whose polygons are a few pixels wide
 * at national zoom: each gets a rounded square at the city in its own region's colour (and
 * hatching), framing the event circle there (cityRegionStyle.ts). It stands in for the tiny
 * polygon under it: hovering shows the region's tooltip, clicking selects the city-region (the
 * polygon keeps the keyboard focus). Created once; a step redraws only a symbol whose look changed.
 */
export function createCityRegionLayer(props: CityRegionLayerProps): L.LayerGroup {
  const group = L.layerGroup();
  const marks: CityRegionMark[] = [];
  for (const [region, cityId] of Object.entries(cityRegions) as [RegionId, string][]) {
    const city = props.cities.features.find((feature) => feature.id === cityId);
    if (!city) continue;
    const [lng, lat] = city.geometry.coordinates as [number, number];
    const svg = document.createElementNS(svgNs, 'svg');
    svg.setAttribute('class', 'qm-city-region__symbol');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    svg.setAttribute('data-city-region', region);
    const rects = [0, 1, 2].map(() => svg.appendChild(document.createElementNS(svgNs, 'rect'))) as CityRegionMark['rects'];
    const icon = L.divIcon({ html: svg as unknown as HTMLElement, className: 'qm-city-region', iconSize: [0, 0] });
    const marker = L.marker([lat, lng], { icon, pane: paneName, keyboard: false });
    const mark: CityRegionMark = { region, city: cityId, marker, svg, rects, drawn: '', side: 0 };
    const feature = props.regions.features.find((candidate) => candidate.id === region);
    if (feature) {
      marker.bindTooltip(
        () => {
          const current = states.get(group)?.props ?? props;
          return regionTooltipElement(feature.properties, current.statuses.get(region), current.messages);
        },
        { className: 'qm-tooltip qm-region-tooltip', direction: 'top' },
      );
      makeTooltipHoverable(marker, () => mark.side / 2 + 4);
    }
    marker.on('click', () => states.get(group)?.props.onSelect(region));
    marks.push(mark);
  }
  states.set(group, { props, marks });
  group.on('add', function addCityRegionPane() {
    const map = (group as unknown as { _map: L.Map })._map;
    if (!map.getPane(paneName)) map.createPane(paneName).style.zIndex = paneZIndex;
    for (const mark of marks) group.addLayer(mark.marker);
    redraw(marks, props);
  });
  return group;
}

export function updateCityRegionLayer(group: L.LayerGroup, props: CityRegionLayerProps, prev: CityRegionLayerProps): void {
  const state = states.get(group);
  if (!state) return;
  state.props = props;
  if (props.statuses !== prev.statuses || props.places !== prev.places) redraw(state.marks, props);
}

function redraw(marks: readonly CityRegionMark[], props: CityRegionLayerProps): void {
  for (const mark of marks) {
    const status = props.statuses.get(mark.region);
    const symbol = cityRegionSymbol(status?.level ?? 'calm', status?.emergency ?? false, placeRadius(props.places.get(mark.city)?.eventsSoFar ?? 0));
    const key = JSON.stringify(symbol);
    if (key === mark.drawn) continue;
    mark.drawn = key;
    mark.side = symbol.side;
    draw(mark, symbol);
  }
}

function draw({ svg, rects: [outer, inner, hatch] }: CityRegionMark, symbol: CityRegionSymbol): void {
  const { side, corner, edgeWidth } = symbol;
  const full = side + 2 * edgeWidth;
  svg.setAttribute('width', String(full));
  svg.setAttribute('height', String(full));
  svg.setAttribute('viewBox', `${-full / 2} ${-full / 2} ${full} ${full}`);
  const square = (rect: SVGRectElement, size: number) => {
    for (const [name, value] of [
      ['x', -size / 2],
      ['y', -size / 2],
      ['width', size],
      ['height', size],
      ['rx', corner],
    ] as const)
      rect.setAttribute(name, String(value));
  };
  square(outer, side + edgeWidth);
  outer.setAttribute('fill', 'none');
  outer.setAttribute('stroke', symbol.outerEdge);
  outer.setAttribute('stroke-width', String(edgeWidth));
  square(inner, side - edgeWidth);
  inner.setAttribute('fill', symbol.fill);
  inner.setAttribute('stroke', symbol.innerEdge);
  inner.setAttribute('stroke-width', String(edgeWidth));
  square(hatch, side - 2 * edgeWidth);
  hatch.setAttribute('fill', symbol.hatch ? `url(#${symbol.hatch})` : 'none');
}
