import type { Dataset } from '../data/loadDataset';
import type { StoryIndex } from '../scene/buildStoryIndex';
import type { Scene } from '../scene/sceneAt';
import type { Place } from '../timeline/buildTimeline';

/**
 * What the downloads dialog and its lazily loaded form both take. Its own module so that the form
 * (a chunk of its own) and the dialog that imports it do not import each other.
 */
export interface DownloadsProps {
  dataset: Dataset;
  /** The story index: the recording of the playback builds a scene per frame from it. */
  index: StoryIndex;
  /** The reader's playback speed (hours of story per second): the recording plays at it. */
  speed: number;
  /** The scene on screen: its instant, statuses and the type filter's events are what is exported. */
  status: Scene;
  storyStart: number;
  /** A place's name in the reader's language (the headline's farthest place). */
  placeName: (place: Place) => string;
}
