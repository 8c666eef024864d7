import { useMessages } from '../react/useMessages';
import { memo } from 'react';
import type { EventFeature, Figure } from '../data/eventTypes';
import { eventSummary } from '../i18n/eventSummary';
import { useEventDetailsContext } from './useEventDetails';
import { useEventTextsContext } from './useEventTexts';

/**
 * The description in the reader's language; where no translation exists yet, the English text with
 * a visible marker (and lang="en", so screen readers switch voice).
 */
function EventText({ english, translated }: { english: string; translated: string | undefined }) {
  const messages = useMessages();
  if (messages.calendar.lang === 'en' || translated) return <p className="qm-event__text">{translated ?? english}</p>;
  return (
    <p className="qm-event__text">
      <span className="qm-untranslated">{messages.events.untranslated}</span>{' '}
      <span lang="en">{english}</span>
    </p>
  );
}

interface EventItemProps {
  event: EventFeature;
  selected: boolean;
  onSelect: (event: EventFeature) => void;
}

function formatFigure(figure: Figure, number: (n: number) => string): string {
  const count = (value: number | { min: number; max: number }) =>
    typeof value === 'number' ? number(value) : `${number(value.min)}–${number(value.max)}`;
  if (!Array.isArray(figure)) return count(figure);
  return figure.map((claim) => `${count(claim.value)} (${claim.by}${claim.reported ? `, ${claim.reported}` : ''})`).join('; ');
}

/**
 * One event: its own local time (or "time unknown"), place, type, text, figures, confidence,
 * sources. Memoised: while scrubbing only the items that enter the list render.
 */
export const EventItem = memo(function EventItem({ event, selected, onSelect }: EventItemProps) {
  const messages = useMessages();
  const p = event.properties;
  const text = useEventTextsContext()?.get(p.id);
  const summary = eventSummary(p, text, messages);
  const figures = Object.entries(p.figures ?? {}) as [keyof typeof messages.events.figures, Figure][];
  const detailsState = useEventDetailsContext();
  const details = detailsState.status === 'ready' ? detailsState.details.get(p.id) : undefined;
  return (
    <li className={`qm-event qm-event--${p.type}${selected ? ' qm-event--selected' : ''}`} data-event={p.id} aria-current={selected || undefined}>
      <button type="button" className="qm-event__select" onClick={() => onSelect(event)}>
        <span className="qm-event__when">{summary.when}</span>
        <span className="qm-event__place">{summary.where}</span>
        <span className="qm-event__type">{summary.what}</span>
      </button>
      {details ? (
        <EventText english={details.description.en} translated={text?.description} />
      ) : detailsState.status === 'error' ? (
        <p className="qm-event__text qm-event__text--missing">{messages.events.detailsUnavailable}</p>
      ) : (
        <p className="qm-event__text qm-event__text--loading">{messages.events.detailsLoading}</p>
      )}
      {figures.length > 0 && (
        <dl className="qm-event__figures">
          {figures.map(([key, figure]) => (
            <div key={key}>
              <dt>{messages.events.figures[key]}</dt>
              <dd>{formatFigure(figure, messages.number)}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className={`qm-event__confidence qm-confidence--${p.confidence}`}>{messages.confidence[p.confidence]}</p>
      {details && (
        <div className="qm-event__sources">
          <span>{messages.events.sources}:</span>
          <ul>
            {details.sources.map((source) => (
              <li key={source.url}>
                {/* Publishers are named in English in every interface language (WCAG 3.1.2). */}
                <a href={source.url} target="_blank" rel="noopener noreferrer" lang="en">
                  {source.publisher}
                </a>
                {source.via && <span className="qm-muted"> ({messages.events.via(source.via)})</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
});
