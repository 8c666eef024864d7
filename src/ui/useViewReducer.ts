import { useCallback, useReducer } from 'react';
import type { StoryWindow } from '../timeline/storyWindow';
import { viewReducer, type View, type ViewAction } from '../view/viewReducer';

/** The one owner of the view: a reducer over the story index's span (which is not in the state). */
export function useViewReducer(initial: View, span: StoryWindow): [View, (action: ViewAction) => void] {
  const reduce = useCallback((view: View, action: ViewAction) => viewReducer(view, action, span), [span]);
  return useReducer(reduce, initial);
}
