import { createPortal } from 'react-dom';
import type { Dataset } from '../data/loadDataset';
import type { StoryIndex } from '../scene/buildStoryIndex';
import type { Scene } from '../scene/sceneAt';
import type { Place } from '../timeline/buildTimeline';
import type { Display } from '../view/parseLink';
import type { View } from '../view/viewReducer';
import { AboutDialog } from './AboutDialog';
import { DaysToggle } from './DaysToggle';
import { DownloadsDialog } from './DownloadsDialog';
import { ShareDialog } from './ShareDialog';
import { useHeaderSlot } from './useHeaderSlot';
import { useMessages } from '../react/useMessages';

interface HeaderActionsProps {
  dataset: Dataset;
  index: StoryIndex;
  view: View;
  scene: Scene;
  storyStart: number;
  placeName: (place: Place) => string;
  /** The map or the days (MULTIPLES): the toggle comes last, so the dialogs keep their places. */
  display: Display;
  onDisplay: (display: Display) => void;
}

/**
 * Share, Download and About, drawn into the header's toolbar (useHeaderSlot.ts): first in reading
 * and tab order, a glance away at every width, instead of after the 141-event list.
 */
export function HeaderActions({ dataset, index, view, scene, storyStart, placeName, display, onDisplay }: HeaderActionsProps) {
  const messages = useMessages();
  const slot = useHeaderSlot();
  if (!slot) return null;
  return createPortal(
    <>
      <ShareDialog view={view} storyStart={storyStart} />
      <DownloadsDialog dataset={dataset} index={index} speed={view.speed} status={scene} storyStart={storyStart} placeName={placeName} shortLabel={messages.header.short.download} />
      <AboutDialog shortLabel={messages.header.short.about} />
      <DaysToggle display={display} onDisplay={onDisplay} />
    </>,
    slot,
  );
}
