import { useDeferredValue } from 'react';
import type { Dataset } from '../data/loadDataset';
import type { RegionId } from '../data/types';
import type { StoryIndex } from '../scene/buildStoryIndex';
import { regionFiguresAt } from '../scene/regionFiguresAt';
import { laterCountsOf } from '../data/laterCountsOf';
import type { Scene } from '../scene/sceneAt';
import type { Place } from '../timeline/buildTimeline';
import type { View } from '../view/viewReducer';
import { AboutDialog } from './AboutDialog';
import { DetailsPanel } from './DetailsPanel';
import { DownloadsDialog } from './DownloadsDialog';
import { EventList } from './EventList';
import { Legend } from './Legend';
import { RegionTable } from './RegionTable';
import { TypeFilter } from './TypeFilter';
import type { ReaderActions } from './useReaderActions';
import { useLaterCounts } from './useLaterCounts';

interface ReadingPanelProps {
  embed: boolean;
  /** In an embed the panel starts closed: its list is built when the reader opens it. */
  open: boolean;
  dataset: Dataset;
  index: StoryIndex;
  view: View;
  scene: Scene;
  actions: ReaderActions;
  placeName: (place: Place) => string;
}

/** The reading side: details of the focus, legend, filters, the region table, the events (and, embedded, the dialogs). */
export function ReadingPanel({ embed, open, dataset, index, view, scene, actions, placeName }: ReadingPanelProps) {
  // The list (the costliest part to render when several events enter at once) follows the slider
  // in a transition React may interrupt; the map, headline and table follow in the same frame.
  const listT = useDeferredValue(scene.t);
  const timeline = scene.story.timeline;
  const laterCounts = useLaterCounts();
  return (
    <>
      {view.focus && (
        <DetailsPanel
          focus={view.focus}
          regions={dataset.regions}
          timeline={timeline}
          status={scene}
          selectedEvent={view.event}
          onSelectEvent={actions.selectEvent}
          onClose={actions.closeFocus}
          placeName={placeName}
          figures={view.focus.kind === 'region' ? regionFiguresAt(index, view.focus.id as RegionId, scene.t) : undefined}
          laterCounts={view.focus.kind === 'region' && laterCounts ? laterCountsOf(laterCounts, view.focus.id as RegionId) : undefined}
        />
      )}
      <Legend mode={view.mode} trail={view.trail} onMode={actions.setMode} onTrail={actions.toggleTrail} />
      <TypeFilter selected={view.types} counts={index.typeCounts} onToggle={actions.toggleType} onAll={actions.allTypes} />
      <RegionTable
        regions={dataset.regions}
        statuses={scene.regions}
        t={scene.t}
        storyStart={index.window.start}
        mode={scene.mode}
        visible={view.tableVisible}
        onToggle={actions.toggleTable}
        figuresOf={(region) => regionFiguresAt(index, region, scene.t)}
        laterCountsOf={laterCounts ? (region) => laterCountsOf(laterCounts, region, { latest: true }) : undefined}
      />
      {open && (
        <EventList
          timeline={timeline}
          t={listT}
          scope={view.listScope}
          selected={view.event}
          onScope={actions.setListScope}
          onSelect={actions.selectEvent}
        />
      )}
      {/* On the full page these sit in the header (HeaderActions); the embed has no toolbar. */}
      {embed && (
        <div className="qm-panel__actions">
          <DownloadsDialog dataset={dataset} index={index} speed={view.speed} status={scene} storyStart={index.window.start} placeName={placeName} buttonClassName="qm-link-button" />
          <AboutDialog buttonClassName="qm-link-button" />
        </div>
      )}
    </>
  );
}
