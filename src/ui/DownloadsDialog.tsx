import { useMessages } from '../react/useMessages';
import { lazy, Suspense, useEffect } from 'react';
import { DialogButton } from './DialogButton';
import type { DownloadsProps } from './downloadsProps';
import { whenIdle } from '../react/whenIdle';

const loadForm = () => import('./DownloadsForm');
const DownloadsForm = lazy(() => loadForm().then((module) => ({ default: module.DownloadsForm })));

/** The dialog takes what the form takes (downloadsProps.ts, shared so the two do not import each other). */
export type DownloadsDialogProps = DownloadsProps;

/**
 * The data and a picture to take away: events as CSV or GeoJSON (all, or as filtered), geo/ files,
 * a PNG of this view, print. Licences stated next to the buttons. The form is its own chunk.
 */
export function DownloadsDialog(props: DownloadsDialogProps) {
  const messages = useMessages();
  // Fetched when the page is idle, so the dialog opens at once and works offline after load.
  // A failed warm-up (offline by then) is no error: opening the dialog imports the form again.
  useEffect(() => whenIdle(() => void loadForm().catch(() => undefined)), []);
  return (
    <DialogButton label={messages.downloads.open} className="qm-about qm-downloads">
      {(titleId) => (
        <Suspense fallback={<p className="qm-muted">{messages.downloads.preparing}</p>}>
          <DownloadsForm {...props} titleId={titleId} />
        </Suspense>
      )}
    </DialogButton>
  );
}
