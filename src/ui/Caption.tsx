import { captionParts } from '../i18n/captionParts';
import { useMessages } from '../react/useMessages';
import type { Beat } from '../scene/beatAt';
import type { Place } from '../timeline/buildTimeline';

interface CaptionProps {
  beat: Beat | null;
  placeName: (place: Place) => string;
}

/** The line under the date naming the latest beat: "5 Jan, 01:30 · First state of emergency: Almaty, Mangystau". */
export function Caption({ beat, placeName }: CaptionProps) {
  const messages = useMessages();
  const { when, what } = captionParts(beat, placeName, messages);
  return (
    <p className="qm-caption" data-testid="caption" data-beat={beat?.kind ?? 'none'}>
      {when && (
        <>
          <span className="qm-caption__when">{when}</span>
          <span aria-hidden="true"> · </span>
        </>
      )}
      <span className="qm-caption__what">{what}</span>
    </p>
  );
}
