import type { SpreadStatus } from '../spatial/spreadIndex';
import type { Place } from '../timeline/buildTimeline';
import type { NationalStatus } from '../timeline/nationalAt';
import type { Messages } from './messages';

export interface HeadlineFacts {
  spread: Pick<SpreadStatus, 'regionsWithProtests' | 'farthest'>;
  national: Pick<NationalStatus, 'deathToll'>;
}

export interface HeadlineParts {
  /** "Protests in 5 of 17 regions" */
  regions: string;
  /** "farthest: Almaty, 1,234 km from Zhanaozen", or null before any protest */
  farthest: string | null;
  /** The official toll as reported at the instant, or the words for none yet. */
  toll: string;
}

/**
 * The headline's facts at an instant, one phrase each: the page's headline and the PNG export's
 * caption both read them, so the two cannot drift apart. `placeName` names a place in the reader's
 * language (place names come from the data).
 */
export function headlineParts(status: HeadlineFacts, placeName: (place: Place) => string, messages: Messages): HeadlineParts {
  const { spread, national } = status;
  const toll = national.deathToll;
  return {
    regions: messages.headline.regions(spread.regionsWithProtests),
    farthest: spread.farthest ? messages.headline.farthest(placeName(spread.farthest.place), Math.round(spread.farthest.km)) : null,
    toll: toll ? messages.headline.toll(toll.total, toll.by) : messages.headline.noToll,
  };
}

