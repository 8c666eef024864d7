import { lazy, Suspense, useState, type ComponentProps } from 'react';
import { loadChunk } from '../data/loadChunk';
import { useMessages } from '../react/useMessages';
import type { DaysView as DaysViewComponent } from './DaysView';
import { PartBoundary } from './PartBoundary';

const loadView = () => loadChunk('DaysView.js', () => import('./DaysView'));
/** A new lazy component per attempt: React.lazy keeps a rejection for good. */
const lazyView = () => lazy(() => loadView().then((module) => ({ default: module.DaysView })));

/**
 * The day-by-day view as its own chunk (the renderer and 31 scenes are no part of the map's first
 * view); if it fails to arrive, only this part says so, with "Try again".
 */
export function DaysPart(props: ComponentProps<typeof DaysViewComponent>) {
  const messages = useMessages();
  const [DaysView, setDaysView] = useState(lazyView);
  return (
    <PartBoundary part={messages.days.part} onRetry={() => setDaysView(lazyView())}>
      <Suspense fallback={<p className="qm-loading">{messages.loading}</p>}>
        <DaysView {...props} />
      </Suspense>
    </PartBoundary>
  );
}
