import type { PathStyle } from './pathStyle';
import { styleTokens } from './styleTokens';

/** The spread trail's dashed arcs: thin, violet, apart from the fill ramp. */
export const trailStyle: PathStyle = {
  color: styleTokens.colour.trail,
  weight: styleTokens.width.trail,
  opacity: 0.8,
  dashArray: '3 4',
  className: 'qm-arc',
};
