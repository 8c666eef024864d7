import type { EventType } from '../data/eventTypes';
import type { LinkView } from './parseLink';
import { hourMs } from '../timeline/instant';
import { snapToHour } from '../timeline/snapToHour';
import type { StoryWindow } from '../timeline/storyWindow';
import type { Mode } from '../timeline/trackStatusAt';

/** What the reader has selected to read about: a region, a place (city, airport, field) or nothing. */
export type Focus = { kind: 'region'; id: string } | { kind: 'place'; id: string } | null;

/** Playback speeds in hours of story per second of reading. */
export const playbackSpeeds = [3, 8, 24] as const;

/**
 * The one piece of UI state: the instant and everything that changes with the reader's choices.
 * The story span is not in it: it belongs to the story index and is passed to the reducer.
 */
export interface View extends LinkView {
  focus: Focus;
  playing: boolean;
  speed: number;
  listScope: 'so-far' | 'day';
  trail: boolean;
  tableVisible: boolean;
}

export type ViewAction =
  | { type: 'set-time'; t: number }
  | { type: 'step'; hours: number }
  | { type: 'set-mode'; mode: Mode }
  | { type: 'set-types'; types: readonly EventType[] | null }
  | { type: 'toggle-type'; eventType: EventType; all: readonly EventType[] }
  | { type: 'select-event'; event: string | null; t?: number; focus?: Focus }
  | { type: 'focus'; focus: Focus }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'set-speed'; speed: number }
  | { type: 'set-list-scope'; scope: View['listScope'] }
  | { type: 'toggle-trail' }
  | { type: 'toggle-table' };

/** `span` is the story index's: the reducer clamps and snaps every instant to it. */
export function viewReducer(view: View, action: ViewAction, span: StoryWindow): View {
  switch (action.type) {
    case 'set-time':
      return withTime(view, action.t, span);
    case 'step': {
      const next = withTime(view, view.t + action.hours * hourMs, span);
      // Playback stops by itself at the end of the story.
      return next.t >= span.end ? { ...next, playing: false } : next;
    }
    case 'set-mode':
      return { ...view, mode: action.mode };
    case 'set-types':
      return { ...view, types: action.types };
    case 'toggle-type': {
      const current = view.types ?? action.all;
      const types = current.includes(action.eventType)
        ? current.filter((type) => type !== action.eventType)
        : action.all.filter((type) => type === action.eventType || current.includes(type));
      return { ...view, types: types.length === action.all.length ? null : types };
    }
    case 'select-event': {
      // Up, so the selected event has happened at the new instant (01:30 → 02:00).
      const moved = action.t === undefined ? view : withTime(view, action.t, span, 'up');
      return { ...moved, event: action.event, focus: action.focus === undefined ? moved.focus : action.focus, playing: false };
    }
    case 'focus':
      return { ...view, focus: action.focus };
    case 'play':
      // Pressing play at the end starts the story over.
      return { ...view, playing: true, t: view.t >= span.end ? span.start : view.t };
    case 'pause':
      return { ...view, playing: false };
    case 'set-speed':
      return { ...view, speed: action.speed };
    case 'set-list-scope':
      return { ...view, listScope: action.scope };
    case 'toggle-trail':
      return { ...view, trail: !view.trail };
    case 'toggle-table':
      return { ...view, tableVisible: !view.tableVisible };
  }
}

function withTime(view: View, t: number, span: StoryWindow, direction?: 'down' | 'up'): View {
  const snapped = snapToHour(t, span, direction);
  return snapped === view.t ? view : { ...view, t: snapped };
}
