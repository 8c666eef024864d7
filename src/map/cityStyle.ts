import type { CircleStyle } from './pathStyle';
import type { CityRank } from '../data/types';
import { styleTokens } from './styleTokens';

/** Marker radius by rank (px): small, so the reference layer carries less ink than the data. */
export const cityRadiusByRank: Readonly<Record<CityRank, number>> = {
  capital: 3.5,
  'republican-city': 3,
  'regional-centre': 2.5,
  town: 2,
};

/** A light dot with a grey rim: a place to orient by, quieter than any event circle. */
export function cityStyle(rank: CityRank): CircleStyle {
  return {
    radius: cityRadiusByRank[rank],
    color: styleTokens.colour.cityRim,
    weight: styleTokens.width.cityHalo,
    fillColor: styleTokens.colour.city,
    fillOpacity: 1,
  };
}
