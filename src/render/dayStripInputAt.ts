import type { EventType } from '../data/eventTypes';
import { dayBeatText } from '../i18n/dayBeatText';
import { formatAlmatyShortDate } from '../i18n/formatTime';
import type { StoryIndex } from '../scene/buildStoryIndex';
import { dayBeats } from '../scene/dayBeats';
import { sceneAt, type Scene } from '../scene/sceneAt';
import { levels } from '../timeline/level';
import type { Mode } from '../timeline/trackStatusAt';
import type { DayStripInput } from './drawDayStrip';
import { frameInputAt, type FrameSetting } from './frameInput';

/**
 * The small multiples' input: one cell per day of the window (dayBeats), each with the scene at the
 * end of that day (so far, or its last 24 hours in `current` mode, under the type filter) as a
 * picture input, its short date and its beat in words. The days view and the PNG strip both read it.
 */
export function dayStripInputAt(index: StoryIndex, view: { mode: Mode; types: readonly EventType[] | null }, setting: FrameSetting): DayStripInput {
  const { messages } = setting;
  let previous: Scene | null = null;
  const days = dayBeats(index, view.types).map((day) => {
    // Each scene reuses the day before's entries: 31 scenes share most of their objects.
    const scene: Scene = sceneAt(index, { t: day.end, mode: view.mode, types: view.types, trail: false }, previous);
    previous = scene;
    return { day: day.day, label: formatAlmatyShortDate(day.start, messages.calendar), beat: dayBeatText(day, setting.placeName, messages), map: frameInputAt(scene, setting) };
  });
  return {
    title: messages.days.stripTitle,
    note: `${messages.days.stripNote} ${messages.days.modeNote[view.mode]}`,
    credit: messages.downloads.imageCredit,
    legend: levels.map((level) => ({ level, label: messages.levels[level] })),
    emergencyLabel: messages.emergency,
    threatLabel: messages.mapKey.threat,
    days,
  };
}
