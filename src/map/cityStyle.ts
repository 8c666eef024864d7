import type { CircleStyle } from './pathStyle';
import type { CityRank } from '../data/types';

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
    color: '#ffffff',
    weight: 1,
    fillColor: '#2b2926',
    fillOpacity: 1,
  };
}
