import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Dataset } from '../data/loadDataset';
import type { EventFeature } from '../data/eventTypes';
import type { Messages } from '../i18n/messages';
import { whenIdle } from './useEventDetails';
import type { InstantStatus } from './useInstant';

const loadForm = () => import('./DownloadsForm');
const DownloadsForm = lazy(() => loadForm().then((module) => ({ default: module.DownloadsForm })));

export interface DownloadsDialogProps {
  dataset: Dataset;
  /** The events of the current type filter. */
  filtered: readonly EventFeature[];
  status: InstantStatus;
  t: number;
  storyStart: number;
  headline: string;
  messages: Messages;
}

/**
 * The data and a picture to take away: events as CSV or GeoJSON (all, or as filtered), geo/ files,
 * a PNG of this view, print. Licences stated next to the buttons. The form renders only while open.
 */
export function DownloadsDialog(props: DownloadsDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  // Fetched when the page is idle, so the dialog opens at once and works offline after load.
  useEffect(() => whenIdle(() => void loadForm()), []);
  return (
    <>
      <button
        type="button"
        className="qm-link-button"
        onClick={() => {
          flushSync(() => setOpen(true));
          dialog.current?.showModal();
        }}
      >
        {props.messages.downloads.open}
      </button>
      <dialog ref={dialog} className="qm-about qm-downloads" aria-labelledby={titleId} onClose={() => setOpen(false)}>
        {open && (
          <Suspense fallback={<p className="qm-muted">{props.messages.downloads.preparing}</p>}>
            <DownloadsForm {...props} titleId={titleId} />
          </Suspense>
        )}
      </dialog>
    </>
  );
}

