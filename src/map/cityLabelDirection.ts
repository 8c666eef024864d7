import type { CityId } from '../data/types';

export type LabelDirection = 'right' | 'left' | 'top' | 'bottom';

/**
 * Hand-placed label sides where two labelled cities sit close at the initial zoom (checked on the
 * first-screen screenshot). Every other label goes to the right of its point.
 */
const labelDirections: Readonly<Record<CityId, LabelDirection>> = {
  aktau: 'left',
  zhanaozen: 'bottom',
  taldykorgan: 'top',
  almaty: 'bottom',
  shymkent: 'bottom',
  turkistan: 'left',
  semey: 'left',
  karaganda: 'bottom',
  'nur-sultan': 'top',
};

export function cityLabelDirection(id: CityId): LabelDirection {
  return labelDirections[id] ?? 'right';
}
