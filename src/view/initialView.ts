import type { StoryIndex } from '../scene/buildStoryIndex';
import { parseLinkView, type UrlNotice } from './parseLink';
import { selectEventAction } from './selectEventAction';
import { playbackSpeeds, viewReducer, type View } from './viewReducer';

/**
 * The view a link opens: its moment (t, mode, types, event) checked against the story index, the
 * rest at defaults. `search` is the address as read once at start-up (main.tsx). A link naming an
 * event but no `t` opens as if the reader had selected that event (its instant, its place); a
 * link's own `t` wins (CONTRACT.md).
 */
export function initialView(search: string, index: StoryIndex): { view: View; notices: UrlNotice[] } {
  const { options, notices } = parseLinkView(search, { span: index.window, eventIds: new Set(index.eventsById.keys()) });
  const view: View = {
    ...options,
    focus: null,
    playing: false,
    speed: playbackSpeeds[1],
    listScope: 'so-far',
    trail: false,
    tableVisible: false,
  };
  const event = options.event === null ? undefined : index.eventsById.get(options.event);
  if (!event || new URLSearchParams(search).has('t')) return { view, notices };
  return { view: viewReducer(view, selectEventAction(event), index.window), notices };
}
