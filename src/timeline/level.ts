import type { EventProperties, Figure } from '../data/eventTypes';

/** Levels of a region or city, ordered: calm < protest < violence (CONTRACT.md). */
export type Level = 'calm' | 'protest' | 'violence';
export const levels: readonly Level[] = ['calm', 'protest', 'violence'];

/** 0, 1, 2 for calm, protest, violence: levels compare as numbers. */
export type LevelRank = 0 | 1 | 2;

/**
 * The level a single event raises its place to. National events raise none (they set flags);
 * neither do security operations or local decisions. Casualty reports raise violence only when
 * they report deaths in that region.
 */
export function eventLevelRank(event: Pick<EventProperties, 'scope' | 'type' | 'figures'>): LevelRank {
  if (event.scope === 'national') return 0;
  switch (event.type) {
    case 'protest':
      return 1;
    case 'clash':
    case 'property-attack':
      return 2;
    case 'casualties':
      return reportsDeaths(event.figures?.deaths) ? 2 : 0;
    default:
      return 0;
  }
}

function reportsDeaths(figure: Figure | undefined): boolean {
  if (figure === undefined) return false;
  const counts = Array.isArray(figure) ? figure.map((claim) => claim.value) : [figure];
  return counts.some((count) => (typeof count === 'number' ? count > 0 : count.max > 0));
}
