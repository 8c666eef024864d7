import { hourMs, toInstant } from '../../../src/timeline/instant';
import { buildPaceIndex } from '../../../src/timeline/playbackPace';
import { storyWindow } from '../../../src/timeline/storyWindow';

/** An instant from an ISO string with its offset. */
export const at = (iso: string) => toInstant(iso);
// Ten days; one event on each of days 1–9 and thirty on 5 January (the dense day).
const quiet = Array.from({ length: 9 }, (_, day) => at(`2022-01-${String(day + 1).padStart(2, '0')}T06:00+06:00`));
const dense = Array.from({ length: 30 }, (_, i) => at('2022-01-05T00:00+06:00') + i * 0.5 * hourMs);
export const starts = Float64Array.from([...quiet, ...dense].sort((a, b) => a - b));
export const window = storyWindow(at('2022-01-10T12:00+06:00'));
/** A key moment, where playback pauses. */
export const beat = at('2022-01-07T15:00+06:00');
export const pace = buildPaceIndex(starts, window, [beat]);
/** Story hours per second at Normal speed. */
export const normal = 8;
