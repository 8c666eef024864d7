import type { Dataset } from '../data/loadDataset';
import type { EventFeature } from '../data/eventTypes';
import type { Scene } from '../scene/sceneAt';

/**
 * What the downloads dialog and its lazily loaded form both take. Its own module so that the form
 * (a chunk of its own) and the dialog that imports it do not import each other.
 */
export interface DownloadsProps {
  dataset: Dataset;
  /** The events of the current type filter. */
  filtered: readonly EventFeature[];
  status: Scene;
  t: number;
  storyStart: number;
  headline: string;
}
