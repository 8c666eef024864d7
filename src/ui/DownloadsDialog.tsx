import { lazy, Suspense, useEffect } from 'react';
import type { Dataset } from '../data/loadDataset';
import type { EventFeature } from '../data/eventTypes';
import type { Messages } from '../i18n/messages';
import { DialogButton } from './DialogButton';
import { whenIdle } from '../react/whenIdle';
import type { Scene } from '../scene/sceneAt';

const loadForm = () => import('./DownloadsForm');
const DownloadsForm = lazy(() => loadForm().then((module) => ({ default: module.DownloadsForm })));

export interface DownloadsDialogProps {
  dataset: Dataset;
  /** The events of the current type filter. */
  filtered: readonly EventFeature[];
  status: Scene;
  t: number;
  storyStart: number;
  headline: string;
  messages: Messages;
}

/**
 * The data and a picture to take away: events as CSV or GeoJSON (all, or as filtered), geo/ files,
 * a PNG of this view, print. Licences stated next to the buttons. The form is its own chunk.
 */
export function DownloadsDialog(props: DownloadsDialogProps) {
  // Fetched when the page is idle, so the dialog opens at once and works offline after load.
  useEffect(() => whenIdle(() => void loadForm()), []);
  return (
    <DialogButton label={props.messages.downloads.open} className="qm-about qm-downloads">
      {(titleId) => (
        <Suspense fallback={<p className="qm-muted">{props.messages.downloads.preparing}</p>}>
          <DownloadsForm {...props} titleId={titleId} />
        </Suspense>
      )}
    </DialogButton>
  );
}
