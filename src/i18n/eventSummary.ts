import type { EventProperties, EventText } from '../data/eventTypes';
import { formatEventTime } from './formatTime';
import type { Messages } from './messages';

export type SummarisedEvent = Pick<EventProperties, 'start' | 'time_known' | 'time_precision' | 'time_note' | 'scope' | 'locality' | 'type'>;

export interface EventSummary {
  /** The event's own local date and time: "5 January 2022, 01:30 UTC+6", "…, evening", "…, time unknown". */
  when: string;
  /** The place as listed: the locality, prefixed "Nationwide: " for national events. */
  where: string;
  /** The event type's label. */
  what: string;
  /** The locality alone, in the reader's language where translated (else the data's English). */
  locality: string;
  /** The imprecise time in words, translated where possible; null when the event has none. */
  timeNote: string | null;
}

/**
 * An event's when / where / what in the catalogue's language, with `text` (the reader's language's
 * event texts, if any) taking precedence over the data's English. The event list and the downloads
 * both read it, so a translated locality or time note shows the same in both.
 * @example eventSummary(event, undefined, en).when // '3 January 2022, time unknown'
 */
export function eventSummary(event: SummarisedEvent, text: Pick<EventText, 'locality' | 'time_note'> | undefined, messages: Messages): EventSummary {
  const timeNote = text?.time_note ?? event.time_note ?? null;
  const locality = text?.locality ?? event.locality;
  const time = formatEventTime(event, messages.calendar, timeNote ?? undefined);
  return {
    when: `${time.date}, ${time.time ?? time.note ?? messages.timeUnknown}`,
    where: event.scope === 'national' ? `${messages.events.national}: ${locality}` : locality,
    what: messages.types[event.type],
    locality,
    timeNote,
  };
}
