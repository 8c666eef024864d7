import { memo, useMemo } from 'react';
import { CircleMarker, Tooltip } from 'react-leaflet';
import type { CityCollection } from '../data/types';
import type { Messages } from '../i18n/messages';
import { cityName } from '../i18n/placeNames';
import type { PlaceStatus } from '../timeline/placeStatusAt';
import { CityLabelLayer } from './CityLabelLayer';
import { cityStyle } from './cityStyle';

interface CityLayerProps {
  cities: CityCollection;
  messages: Messages;
  /** A pane above regions and water (QantarMap creates it). */
  pane: string;
  /** The scene's places: the labels keep clear of their circles (none given: no circles to avoid). */
  places?: ReadonlyMap<string, PlaceStatus>;
}

const hoverOffset: [number, number] = [0, -4];
const noPlaces: ReadonlyMap<string, PlaceStatus> = new Map();

/**
 * City points. A map without tiles needs names to orient by, so the capital, republican cities,
 * regional centres and Zhanaozen carry permanent labels, placed without collisions
 * (CityLabelLayer); smaller places are named on hover.
 * Memoised with stable props: react-leaflet compares `center`, `pathOptions` and `offset` by
 * reference, and new arrays on every slider step would move every marker and label again.
 */
export const CityLayer = memo(function CityLayer({ cities, messages, pane, places = noPlaces }: CityLayerProps) {
  const points = useMemo(
    () =>
      cities.features.map((city) => {
        const [lng, lat] = city.geometry.coordinates as [number, number];
        return { city, center: [lat, lng] as [number, number], style: cityStyle(city.properties.rank) };
      }),
    [cities],
  );
  return (
    <>
      {points.map(({ city, center, style }) => (
        <CircleMarker key={city.id} center={center} pathOptions={style} pane={pane} interactive={!city.properties.label}>
          {!city.properties.label && (
            <Tooltip direction="top" offset={hoverOffset} className="qm-city-tooltip">
              {cityName(city.properties, messages)}
            </Tooltip>
          )}
        </CircleMarker>
      ))}
      <CityLabelLayer cities={cities} messages={messages} places={places} pane={pane} />
    </>
  );
});
