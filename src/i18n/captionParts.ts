import type { Beat } from '../scene/beatAt';
import type { Place } from '../timeline/buildTimeline';
import type { Instant } from '../timeline/instant';
import { formatAlmatyClock, formatAlmatyShortDate } from './formatTime';
import type { Messages } from './messages';

export interface CaptionParts {
  /** "5 Jan, 01:30", "6 Jan" (no clock the sources do not give), "2 Jan – 25 Jan"; null before anything happened */
  when: string | null;
  /** "First state of emergency: Almaty, Mangystau", "Protests reach Aktobe" */
  what: string;
}

/**
 * The caption's words for a beat, in the catalogue's language: the caption under the date and the
 * live region both read them, so what is shown and what is spoken agree.
 * @example captionParts(beat, placeName, en) // { when: '5 Jan, 01:30', what: 'First state of emergency: Almaty, Mangystau' }
 */
export function captionParts(beat: Beat | null, placeName: (place: Place) => string, messages: Messages): CaptionParts {
  if (beat === null) return { when: null, what: messages.story.before };
  const short = (t: Instant) => formatAlmatyShortDate(t, messages.calendar);
  if (beat.kind === 'summary') return { when: `${short(beat.from)} – ${short(beat.to)}`, what: messages.story.summary };
  const when = beat.exactTime ? `${short(beat.t)}, ${formatAlmatyClock(beat.t)}` : short(beat.t);
  if (beat.kind === 'moment') return { when, what: beat.moments.map((moment) => messages.keyMoments[moment.id]).join('; ') };
  return { when, what: messages.story.reach(placeList(beat.places, placeName, messages)) };
}

/** Places named in a caption at most; more read as "and 3 more" (4 January reached nine at once). */
const namedPlacesMax = 3;

/** Cities first (readers know them; oil fields and villages follow), then "and N more". */
function placeList(places: readonly Place[], placeName: (place: Place) => string, messages: Messages): string {
  const ordered = [...places.filter((place) => place.isCity), ...places.filter((place) => !place.isCity)];
  const names = ordered.map(placeName);
  if (names.length <= namedPlacesMax) return messages.story.list(names);
  return messages.story.list([...names.slice(0, namedPlacesMax - 1), messages.story.more(names.length - namedPlacesMax + 1)]);
}
