import { useMemo, useState } from 'react';
import type { Dataset } from './data/loadDataset';
import { languageNames, type Language } from './i18n/language';
import { MessagesContext, useMessages } from './react/useMessages';
import { buildStoryIndex } from './scene/buildStoryIndex';
import { DataErrorPanel } from './ui/DataErrorPanel';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { Header } from './ui/Header';
import { HeaderSlotContext } from './ui/useHeaderSlot';
import { MapExperience } from './ui/MapExperience';
import { PartError } from './ui/PartError';
import { SkipLink } from './ui/SkipLink';
import { PatternDefs } from './ui/PatternDefs';
import { useDataset } from './ui/useDataset';
import { EventTextsContext, useEventTexts } from './ui/useEventTexts';
import { useLanguage } from './ui/useLanguage';
import { initialView } from './view/initialView';
import type { PageOptions, UrlNotice } from './view/parseLink';

interface AppProps {
  /** The address's query as read once at start-up. */
  search: string;
  page: PageOptions;
  pageNotices: readonly UrlNotice[];
}

export function App({ search, page, pageNotices }: AppProps) {
  const [data, retry] = useDataset();
  const { lang, messages, setLang, linkLang, failure: catalogueFailure } = useLanguage(page.lang);
  const isEmbed = page.embed;
  const [actionsSlot, setActionsSlot] = useState<HTMLElement | null>(null);
  if (!messages) return <Shell label="…" embed={isEmbed} />;
  return (
    <MessagesContext value={messages}>
      <div className={isEmbed ? 'qm-app qm-app--embed' : 'qm-app'}>
        <SkipLink />
        <PatternDefs />
        <Header embed={isEmbed} lang={lang} onLang={setLang} actionsRef={setActionsSlot} />
        {catalogueFailure && (
          <PartError
            part={messages.parts.catalogue(languageNames[catalogueFailure.lang])}
            meanwhile={messages.parts.englishMeanwhile}
            error={catalogueFailure.error}
            onRetry={catalogueFailure.retry}
          />
        )}
        <HeaderSlotContext value={actionsSlot}>
          <main className="qm-main" aria-busy={data.status === 'loading'}>
            {data.status === 'ready' && (
              <ErrorBoundary fallback={(message, reset) => <DataErrorPanel message={message} onRetry={reset} />}>
                <ReadyMap dataset={data.dataset} lang={lang} linkLang={linkLang} search={search} page={page} pageNotices={pageNotices} />
              </ErrorBoundary>
            )}
            {data.status === 'loading' && <Shell label={messages.loading} embed={isEmbed} />}
            {data.status === 'error' && <DataErrorPanel message={data.message} onRetry={retry} />}
          </main>
        </HeaderSlotContext>
      </div>
    </MessagesContext>
  );
}

interface ReadyMapProps {
  dataset: Dataset;
  lang: Language;
  linkLang: Language | null;
  search: string;
  page: PageOptions;
  pageNotices: readonly UrlNotice[];
}

/** Indexes the story once, then reads the link's moment against it (the window ends with the last event's day). */
function ReadyMap({ dataset, lang, linkLang, search, page, pageNotices }: ReadyMapProps) {
  const index = useMemo(() => buildStoryIndex(dataset), [dataset]);
  const initial = useMemo(() => initialView(search, index), [search, index]);
  const notices = useMemo(() => [...initial.notices, ...pageNotices], [initial, pageNotices]);
  const messages = useMessages();
  const { texts, firstLoad, failure } = useEventTexts(lang, dataset.events);
  if (firstLoad) return <Shell label="…" embed={page.embed} />;
  return (
    <EventTextsContext value={texts}>
      {failure && <PartError part={messages.parts.texts} meanwhile={messages.parts.englishMeanwhile} error={failure.error} onRetry={failure.retry} />}
      <MapExperience dataset={dataset} index={index} page={page} initial={initial.view} notices={notices} linkLang={linkLang} />
    </EventTextsContext>
  );
}

/** While loading: the embed's boxes at their final sizes (styles/embed.css), so nothing shifts. */
function Shell({ label, embed }: { label: string; embed: boolean }) {
  if (!embed) return <p className="qm-loading">{label}</p>;
  return (
    <div className="qm-experience qm-experience--embed" aria-label={label}>
      <div className="qm-stage">
        <div className="qm-headline" />
        <div className="qm-map-frame qm-map-frame--loading" />
        <div className="qm-map-key" />
        <div className="qm-slider" />
      </div>
      <div className="qm-embed__bar" />
    </div>
  );
}
