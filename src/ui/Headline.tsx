import { useMessages } from '../react/useMessages';
import type { Messages } from '../i18n/messages';
import { formatAlmatyInstant } from '../i18n/formatTime';
import { headlineParts } from '../i18n/headlineParts';
import type { Place } from '../timeline/buildTimeline';
import type { Instant } from '../timeline/instant';
import type { Scene } from '../scene/sceneAt';
import { useEventDetailsContext } from './useEventDetails';

interface HeadlineProps {
  t: number;
  storyStart: number;
  status: Scene;
  placeName: (place: Place) => string;
}

/** One line for the instant: when, how many regions, how far from Zhanaozen, the toll as reported then. */
export function Headline({ t, storyStart, status, placeName }: HeadlineProps) {
  const messages = useMessages();
  const toll = status.national.deathToll;
  const parts = headlineParts(status, placeName, messages);
  const details = useEventDetailsContext();
  // The toll links to its source once the details (fetched after the first view) are in.
  const tollSource = toll && details.status === 'ready' ? details.details.get(toll.eventId)?.sources[0] : undefined;
  return (
    <div className="qm-headline">
      <p className="qm-headline__when" data-testid="instant-label">
        {formatAlmatyInstant(t as Instant, storyStart, messages.calendar)} <span className="qm-muted">{messages.almatyTime}</span>
      </p>
      <p className="qm-headline__facts">
        <strong data-testid="regions-count">{parts.regions}</strong>
        {parts.farthest && (
          <span>
            {' · '}
            {parts.farthest}
          </span>
        )}
        {' · '}
        {tollSource ? (
          <a href={tollSource.url} target="_blank" rel="noopener noreferrer" data-testid="death-toll">
            {parts.toll}
          </a>
        ) : (
          <span data-testid="death-toll">{parts.toll}</span>
        )}
      </p>
    </div>
  );
}

/** The headline's facts as one line of text (for the PNG export), joined as the headline shows them. */
export function headlineText(status: Scene, placeName: (place: Place) => string, messages: Messages): string {
  const parts = headlineParts(status, placeName, messages);
  return [parts.regions, ...(parts.farthest ? [parts.farthest] : []), parts.toll].join(' · ');
}
