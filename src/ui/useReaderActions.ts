import { useMemo } from 'react';
import { eventTypes, type EventFeature, type EventType } from '../data/eventTypes';
import type { RegionId } from '../data/types';
import type { Mode } from '../timeline/trackStatusAt';
import { selectEventAction } from '../view/selectEventAction';
import type { View, ViewAction } from '../view/viewReducer';

/** What a reader can do, as stable callbacks: memoised panels skip the re-render of every slider step. */
export interface ReaderActions {
  setTime: (t: number) => void;
  step: (hours: number) => void;
  play: () => void;
  pause: () => void;
  setSpeed: (speed: number) => void;
  setMode: (mode: Mode) => void;
  toggleType: (eventType: EventType) => void;
  allTypes: () => void;
  selectEvent: (event: EventFeature) => void;
  selectRegion: (id: RegionId) => void;
  selectPlace: (id: string) => void;
  closeFocus: () => void;
  setListScope: (scope: View['listScope']) => void;
  toggleTrail: () => void;
  toggleTable: () => void;
}

export function useReaderActions(dispatch: (action: ViewAction) => void): ReaderActions {
  return useMemo(
    () => ({
      setTime: (t) => dispatch({ type: 'set-time', t }),
      step: (hours) => dispatch({ type: 'step', hours }),
      play: () => dispatch({ type: 'play' }),
      pause: () => dispatch({ type: 'pause' }),
      setSpeed: (speed) => dispatch({ type: 'set-speed', speed }),
      setMode: (mode) => dispatch({ type: 'set-mode', mode }),
      toggleType: (eventType) => dispatch({ type: 'toggle-type', eventType, all: eventTypes }),
      allTypes: () => dispatch({ type: 'set-types', types: null }),
      selectEvent: (event) => dispatch(selectEventAction(event)),
      selectRegion: (id) => dispatch({ type: 'focus', focus: { kind: 'region', id } }),
      selectPlace: (id) => dispatch({ type: 'focus', focus: { kind: 'place', id } }),
      closeFocus: () => dispatch({ type: 'focus', focus: null }),
      setListScope: (scope) => dispatch({ type: 'set-list-scope', scope }),
      toggleTrail: () => dispatch({ type: 'toggle-trail' }),
      toggleTable: () => dispatch({ type: 'toggle-table' }),
    }),
    [dispatch],
  );
}
