import type { EventFeature } from '../data/eventTypes';
import { parseTimeParam } from '../timeline/parseTimeParam';
import type { StoryWindow } from '../timeline/storyWindow';
import { selectEventAction } from '../view/selectEventAction';
import type { ViewAction } from '../view/viewReducer';
import type { InboundMessage } from './protocol';

/** What a host command can be checked against: the story's window and its events. */
export interface CommandContext {
  window: StoryWindow;
  eventsById: ReadonlyMap<string, EventFeature>;
}

/**
 * The view action for a host command, or null when its value cannot be used (an unknown event, a
 * time that is not one): the bridge counts those as ignored. `get-state` is answered by the
 * bridge itself and changes nothing, so it maps to null too.
 * @example commandToAction({ type: 'set-time', t: '2022-01-05' }, context) // { type: 'set-time', t: … }
 */
export function commandToAction(message: InboundMessage, context: CommandContext): ViewAction | null {
  switch (message.type) {
    case 'set-time': {
      const parsed = parseTimeParam(message.t, context.window);
      return parsed.ok ? { type: 'set-time', t: parsed.t } : null;
    }
    case 'play':
      return { type: 'play' };
    case 'pause':
      return { type: 'pause' };
    case 'set-mode':
      return { type: 'set-mode', mode: message.mode };
    case 'set-types':
      return { type: 'set-types', types: message.types };
    case 'select-event': {
      if (message.event === null) return { type: 'select-event', event: null };
      const event = context.eventsById.get(message.event);
      return event ? selectEventAction(event) : null;
    }
    case 'get-state':
      return null;
  }
}
