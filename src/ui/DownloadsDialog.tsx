import { useMessages } from '../react/useMessages';
import { lazy, Suspense, useEffect, useState } from 'react';
import { loadChunk } from '../data/loadChunk';
import { DialogButton } from './DialogButton';
import type { DownloadsProps } from './downloadsProps';
import { PartBoundary } from './PartBoundary';
import { whenIdle } from '../react/whenIdle';

const loadForm = () => loadChunk('DownloadsForm.js', () => import('./DownloadsForm'));
/** A new lazy component per attempt: React.lazy keeps a rejection for good. */
const lazyForm = () => lazy(() => loadForm().then((module) => ({ default: module.DownloadsForm })));

/** The dialog takes what the form takes (downloadsProps.ts, shared so the two do not import each other). */
export type DownloadsDialogProps = DownloadsProps & { buttonClassName?: string; shortLabel?: string };

/**
 * The data and a picture to take away: events as CSV or GeoJSON (all, or as filtered), geo/ files,
 * a PNG of this view, print. Licences stated next to the buttons. The form is its own chunk.
 */
export function DownloadsDialog({ buttonClassName, shortLabel, ...props }: DownloadsDialogProps) {
  const messages = useMessages();
  // Fetched when the page is idle, so the dialog opens at once and works offline after load.
  // A failed warm-up (offline by then) is no error: opening the dialog imports the form again.
  useEffect(() => whenIdle(() => void loadForm().catch(() => undefined)), []);
  return (
    <DialogButton label={messages.downloads.open} className="qm-about qm-downloads" buttonClassName={buttonClassName} shortLabel={shortLabel}>
      {(titleId) => <DownloadsPart {...props} titleId={titleId} />}
    </DialogButton>
  );
}

/**
 * The dialog's content, mounted each time it opens: each opening (and each "Try again") imports the
 * form anew, and a form that does not arrive fails here, never above the map.
 */
function DownloadsPart(props: DownloadsProps & { titleId: string }) {
  const messages = useMessages();
  const [DownloadsForm, setDownloadsForm] = useState(lazyForm);
  return (
    <PartBoundary
      part={messages.parts.downloadForm}
      onRetry={() => setDownloadsForm(lazyForm())}
      frame={(message) => (
        <>
          <h2 id={props.titleId}>{messages.downloads.title}</h2>
          {message}
          <form method="dialog">
            <button type="submit">{messages.downloads.close}</button>
          </form>
        </>
      )}
    >
      <Suspense fallback={<p className="qm-muted">{messages.downloads.preparing}</p>}>
        <DownloadsForm {...props} />
      </Suspense>
    </PartBoundary>
  );
}
