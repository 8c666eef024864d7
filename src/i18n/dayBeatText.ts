import type { DayBeat } from '../scene/dayBeats';
import type { Place } from '../timeline/buildTimeline';
import { captionParts } from './captionParts';
import type { Messages } from './messages';

/**
 * A small multiple's line under its day: the day's key moment or new places in the caption's own
 * words (captionParts), else how many events the day had ("4 events, no new places").
 * @example dayBeatText(dayBeats(index)[4], placeName, en) // 'First state of emergency: Almaty, Mangystau'
 */
export function dayBeatText(day: DayBeat, placeName: (place: Place) => string, messages: Messages): string {
  return day.beat ? captionParts(day.beat, placeName, messages).what : messages.days.quiet(day.events);
}
