import type { StoryIndex } from '../scene/buildStoryIndex';
import { parseLinkView, type UrlNotice } from './parseLink';
import { playbackSpeeds, type View } from './viewReducer';

/**
 * The view a link opens: its moment (t, mode, types, event) checked against the story index, the
 * rest at defaults. `search` is the address as read once at start-up (main.tsx).
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
  return { view, notices };
}
