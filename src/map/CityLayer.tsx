import { memo, useMemo } from 'react';
import { CircleMarker, Tooltip } from 'react-leaflet';
import type { CityCollection } from '../data/types';
import type { Messages } from '../i18n/messages';
import { cityName } from '../i18n/placeNames';
import { cityStyle } from './cityStyle';
import { cityLabelDirection } from './cityLabelDirection';

interface CityLayerProps {
  cities: CityCollection;
  messages: Messages;
  /** A pane above regions and water (QantarMap creates it). */
  pane: string;
}

const labelOffset: [number, number] = [0, 0];
const hoverOffset: [number, number] = [0, -4];

/**
 * City points. A map without tiles needs names to orient by, so the capital, republican cities,
 * regional centres and Zhanaozen carry permanent labels; smaller places are named on hover.
 * Memoised with stable props: react-leaflet compares `center`, `pathOptions` and `offset` by
 * reference, and new arrays on every slider step would move every marker and label again.
 */
export const CityLayer = memo(function CityLayer({ cities, messages, pane }: CityLayerProps) {
  const points = useMemo(
    () =>
      cities.features.map((city) => {
        const [lng, lat] = city.geometry.coordinates as [number, number];
        return { city, center: [lat, lng] as [number, number], style: cityStyle(city.properties.rank) };
      }),
    [cities],
  );
  return points.map(({ city, center, style }) => {
    const { label, rank } = city.properties;
    return (
      <CircleMarker key={city.id} center={center} pathOptions={style} pane={pane} interactive={!label}>
        <Tooltip
          permanent={label}
          direction={cityLabelDirection(city.id)}
          offset={label ? labelOffset : hoverOffset}
          className={label ? `qm-city-label qm-city-label--${rank}` : 'qm-city-tooltip'}
        >
          {cityName(city.properties, messages)}
        </Tooltip>
      </CircleMarker>
    );
  });
});
