import type { PathStyle } from './pathStyle';

/** The spread trail's dashed arcs: thin and violet, apart from the fill ramp (px). */
export const trailStyle: PathStyle = {
  color: '#4b2673',
  weight: 1.8,
  opacity: 0.8,
  dashArray: '3 4',
  className: 'qm-arc',
};
