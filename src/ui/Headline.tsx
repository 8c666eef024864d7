import type { Messages } from '../i18n/messages';
import { formatAlmatyInstant } from '../i18n/formatTime';
import type { Place } from '../timeline/buildTimeline';
import type { Instant } from '../timeline/instant';
import type { Scene } from '../scene/sceneAt';
import { useEventDetailsContext } from './useEventDetails';

interface HeadlineProps {
  t: number;
  storyStart: number;
  status: Scene;
  placeName: (place: Place) => string;
  messages: Messages;
}

/** One line for the instant: when, how many regions, how far from Zhanaozen, the toll as reported then. */
export function Headline({ t, storyStart, status, placeName, messages }: HeadlineProps) {
  const { spread, national } = status;
  const toll = national.deathToll;
  const details = useEventDetailsContext();
  // The toll links to its source once the details (fetched after the first view) are in.
  const tollSource = toll && details.status === 'ready' ? details.details.get(toll.eventId)?.sources[0] : undefined;
  return (
    <div className="qm-headline">
      <p className="qm-headline__when" data-testid="instant-label">
        {formatAlmatyInstant(t as Instant, storyStart, messages.calendar)} <span className="qm-muted">{messages.almatyTime}</span>
      </p>
      <p className="qm-headline__facts">
        <strong data-testid="regions-count">{messages.headline.regions(spread.regionsWithProtests)}</strong>
        {spread.farthest && (
          <span>
            {' · '}
            {messages.headline.farthest(placeName(spread.farthest.place), Math.round(spread.farthest.km))}
          </span>
        )}
        {' · '}
        {toll && tollSource ? (
          <a href={tollSource.url} target="_blank" rel="noopener noreferrer" data-testid="death-toll">
            {messages.headline.toll(toll.total, toll.by)}
          </a>
        ) : toll ? (
          <span data-testid="death-toll">{messages.headline.toll(toll.total, toll.by)}</span>
        ) : (
          <span data-testid="death-toll">{messages.headline.noToll}</span>
        )}
      </p>
    </div>
  );
}

/** The headline's facts as one line of text (for the PNG export). */
export function headlineText(status: Scene, placeName: (place: Place) => string, messages: Messages): string {
  const { spread, national } = status;
  const parts = [messages.headline.regions(spread.regionsWithProtests)];
  if (spread.farthest) parts.push(messages.headline.farthest(placeName(spread.farthest.place), Math.round(spread.farthest.km)));
  const toll = national.deathToll;
  parts.push(toll ? messages.headline.toll(toll.total, toll.by) : messages.headline.noToll);
  return parts.join(' · ');
}
