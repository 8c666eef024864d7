import { CircleMarker, Tooltip } from 'react-leaflet';
import type { CityCollection } from '../data/types';
import { cityStyle } from './cityStyle';
import { cityLabelDirection } from './cityLabelDirection';

interface CityLayerProps {
  cities: CityCollection;
  /** A pane above regions and water (QantarMap creates it). */
  pane: string;
}

/**
 * City points. A map without tiles needs names to orient by, so the capital, republican cities,
 * regional centres and Zhanaozen carry permanent labels; smaller places are named on hover.
 */
export function CityLayer({ cities, pane }: CityLayerProps) {
  return cities.features.map((city) => {
    const [lng, lat] = city.geometry.coordinates as [number, number];
    const { label, name_en, rank } = city.properties;
    return (
      <CircleMarker key={city.id} center={[lat, lng]} pathOptions={cityStyle(rank)} pane={pane} interactive={!label}>
        <Tooltip
          permanent={label}
          direction={cityLabelDirection(city.id)}
          offset={label ? [0, 0] : [0, -4]}
          className={label ? `qm-city-label qm-city-label--${rank}` : 'qm-city-tooltip'}
        >
          {name_en}
        </Tooltip>
      </CircleMarker>
    );
  });
}
