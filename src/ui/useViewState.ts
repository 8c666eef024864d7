import { useMemo, useReducer } from 'react';
import { parseLink, type Link, type UrlNotice } from '../view/parseLink';
import type { StoryWindow } from '../timeline/storyWindow';
import { playbackSpeeds, viewReducer, type View, type ViewAction } from '../view/viewReducer';

export interface InitialView {
  view: View;
  options: Link;
  notices: UrlNotice[];
}

/** Reads the URL once, at mount: later changes to the address come from the app itself. */
export function readInitialView(search: string, span: StoryWindow, eventIds: ReadonlySet<string>): InitialView {
  const { options, notices } = parseLink(search, { span, eventIds });
  const view: View = {
    t: options.t,
    mode: options.mode,
    types: options.types,
    event: options.event,
    span,
    focus: null,
    playing: false,
    speed: playbackSpeeds[1],
    listScope: 'so-far',
    trail: false,
    tableVisible: false,
  };
  return { view, options, notices };
}

export function useViewState(initial: InitialView): [View, React.Dispatch<ViewAction>] {
  const start = useMemo(() => initial.view, [initial]);
  return useReducer(viewReducer, start);
}
