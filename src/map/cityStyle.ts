import type { CircleStyle } from './pathStyle';
import type { CityRank } from '../data/types';
import { styleTokens } from './styleTokens';

/** Marker radius by rank (px): the capital and republican cities read first. */
const radiusByRank: Record<CityRank, number> = {
  capital: 5,
  'republican-city': 4.5,
  'regional-centre': 3.5,
  town: 2.5,
};

export function cityStyle(rank: CityRank): CircleStyle {
  return {
    radius: radiusByRank[rank],
    color: styleTokens.colour.paper,
    weight: styleTokens.width.cityHalo,
    fillColor: styleTokens.colour.city,
    fillOpacity: 1,
  };
}
