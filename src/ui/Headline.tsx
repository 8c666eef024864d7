import { useMessages } from '../react/useMessages';
import type { Messages } from '../i18n/messages';
import type { RegionId } from '../data/types';
import { formatAlmatyInstant } from '../i18n/formatTime';
import { headlineParts } from '../i18n/headlineParts';
import type { Place } from '../timeline/buildTimeline';
import type { Instant } from '../timeline/instant';
import type { Scene } from '../scene/sceneAt';
import { Caption } from './Caption';
import { PlayButton } from './PlayButton';
import { useEventDetailsContext } from './useEventDetails';

interface HeadlineProps {
  t: number;
  storyStart: number;
  storyEnd: number;
  status: Scene;
  placeName: (place: Place) => string;
  /** Names of the regions that are cities (headlineParts names them when only they are coloured). */
  cityRegions: ReadonlyMap<RegionId, string>;
  playing: boolean;
  onPlay: () => void;
  onPause: () => void;
}

/**
 * The header of the map: the date with the Play control, the caption naming the latest beat, and
 * one line of facts (how many regions, how far from Zhanaozen, the toll as reported then).
 */
export function Headline({ t, storyStart, storyEnd, status, placeName, cityRegions, playing, onPlay, onPause }: HeadlineProps) {
  const messages = useMessages();
  const toll = status.national.deathToll;
  const parts = headlineParts(status, placeName, messages, cityRegions);
  const details = useEventDetailsContext();
  // The toll links to its source once the details (fetched after the first view) are in.
  const tollSource = toll && details.status === 'ready' ? details.details.get(toll.eventId)?.sources[0] : undefined;
  const tollText = <TollText text={parts.toll} by={toll?.by ?? null} messages={messages} />;
  return (
    <div className="qm-headline">
      <div className="qm-headline__top">
        <p className="qm-headline__when" data-testid="instant-label">
          {capitalise(formatAlmatyInstant(t as Instant, storyStart, messages.calendar))} <span className="qm-muted">{messages.almatyTime}</span>
        </p>
        <PlayButton playing={playing} atEdge={t <= storyStart || t >= storyEnd} onPlay={onPlay} onPause={onPause} />
      </div>
      <Caption beat={status.beat} placeName={placeName} />
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
            {tollText}
          </a>
        ) : (
          <span data-testid="death-toll">{tollText}</span>
        )}
      </p>
    </div>
  );
}

/** The toll phrase with its source's name (English in the data) marked `lang="en"` in ru and kk. */
function TollText({ text, by, messages }: { text: string; by: string | null; messages: Messages }) {
  const at = by ? text.indexOf(by) : -1;
  if (by === null || at < 0 || messages.calendar.lang === 'en') return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <span lang="en">{by}</span>
      {text.slice(at + by.length)}
    </>
  );
}

/** "end of 4 January 2022" opens the line as "End of 4 January 2022" (Kazakh opens with the year). */
function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
