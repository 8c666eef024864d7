import { useMessages } from '../react/useMessages';
import { useId, useState } from 'react';
import citiesUrl from '../../geo/cities.geojson?url';
import lakesUrl from '../../geo/lakes.geojson?url';
import laterCountsUrl from '../../geo/later-counts.json?url';
import regionsUrl from '../../geo/regions.geojson?url';
import { loadEventDetails } from '../data/loadDataset';
import { toCsv } from '../export/csv';
import { drawFrame, frameSizes } from '../render/drawFrame';
import { frameInputAt, type FrameInput, type FrameSetting } from '../render/frameInput';
import { browserPaints } from '../render/patternPaints';
import { SvgContext, svgPaints } from '../render/svgContext';
import { exportFileName } from '../export/exportFileName';
import { RecordingForm } from './RecordingForm';
import { imageScales, type ImageScale } from '../export/imageScales';
import { csvColumns, eventRecords, type ExportInput } from '../export/eventRecords';
import { eventsGeoJson } from '../export/eventsGeoJson';
import { formatAlmatyMinute, type Instant } from '../timeline/instant';
import type { DownloadsProps } from './downloadsProps';
import { saveFile } from './saveFile';
import { renderCanvasPng } from './renderCanvasPng';
import { dayStripInputAt } from '../render/dayStripInputAt';
import { downloadDayStrip } from './dayStripPng';
import { useEventDetailsContext } from './useEventDetails';
import { useEventTextsContext } from './useEventTexts';

// Its own chunk (DownloadsDialog loads it when the page is idle): not part of the first view.

export function DownloadsForm({ dataset, index, speed, status, storyStart, placeName, titleId }: DownloadsProps & { titleId: string }) {
  // Read off the scene when the form is open, not passed in on every slider step for a closed dialog.
  const { t } = status;
  const filtered = status.story.timeline.events;
  const messages = useMessages();
  const scopeName = useId();
  const scaleName = useId();
  const [scope, setScope] = useState<'all' | 'filtered'>('all');
  const [scale, setScale] = useState<ImageScale>(1);
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const detailsState = useEventDetailsContext();
  const texts = useEventTextsContext();
  const stamp = formatAlmatyMinute(t as Instant).replace(':', '-');

  async function run(make: () => Promise<void>) {
    setState({ busy: true, error: null });
    try {
      await make();
      setState({ busy: false, error: null });
    } catch (error) {
      setState({ busy: false, error: error instanceof Error ? error.message : String(error) });
    }
  }

  async function exportInput(): Promise<ExportInput> {
    const events = scope === 'all' ? dataset.events : filtered;
    // Usually in place already (fetched when idle); otherwise fetched now.
    const details = detailsState.status === 'ready' ? detailsState.details : await loadEventDetails(dataset.events);
    return { events, details, texts, regions: dataset.regions, messages };
  }

  const downloadCsv = () =>
    run(async () => {
      const csv = toCsv(csvColumns, eventRecords(await exportInput()));
      saveFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `qantar-map-events-${scope}-${messages.calendar.lang}.csv`);
    });

  const downloadGeoJson = () =>
    run(async () => {
      const json = JSON.stringify(eventsGeoJson(await exportInput()), null, 1);
      saveFile(new Blob([json], { type: 'application/geo+json' }), `qantar-map-events-${scope}-${messages.calendar.lang}.geojson`);
    });

  const setting: FrameSetting = { geography: dataset, messages, storyStart, placeName };
  const downloadImage = () =>
    run(async () => {
      const input = frameInputAt(status, setting);
      const blob = await renderPng(input, scale);
      saveFile(blob, `qantar-map-${stamp}-${messages.calendar.lang}${scale === 1 ? '' : `@${scale}x`}.png`);
    });

  const downloadSvg = () =>
    run(async () => {
      const svg = renderSvg(frameInputAt(status, setting));
      saveFile(new Blob([svg], { type: 'image/svg+xml' }), exportFileName({ from: t, lang: messages.calendar.lang, extension: 'svg' }));
    });

  // The days view's strip, from the dialog too: print desks look for every picture in one place.
  const downloadStrip = () =>
    run(async () => {
      const strip = dayStripInputAt(index, { mode: status.mode, types: status.types }, setting);
      await downloadDayStrip(strip, scale, messages.calendar.lang);
    });

  const d = messages.downloads;
  return (
    <>
      <h2 id={titleId}>{d.title}</h2>
      <fieldset className="qm-share__options">
        <legend>{d.scopeLegend}</legend>
        <label className="qm-check">
          <input type="radio" name={scopeName} checked={scope === 'all'} onChange={() => setScope('all')} />
          <span>{d.all(dataset.events.length)}</span>
        </label>
        <label className="qm-check">
          <input type="radio" name={scopeName} checked={scope === 'filtered'} onChange={() => setScope('filtered')} />
          <span>{d.filtered(filtered.length)}</span>
        </label>
      </fieldset>
      <fieldset className="qm-share__options">
        <legend>{d.imageScale}</legend>
        {imageScales.map((option) => (
          <label key={option} className="qm-check">
            <input type="radio" name={scaleName} checked={scale === option} onChange={() => setScale(option)} data-testid={`png-scale-${option}`} />
            <span>{d.imageScales[option]}</span>
          </label>
        ))}
      </fieldset>
      <div className="qm-downloads__actions">
        <button type="button" onClick={downloadCsv} disabled={state.busy} data-testid="download-csv">
          {d.eventsCsv}
        </button>
        <button type="button" onClick={downloadGeoJson} disabled={state.busy} data-testid="download-geojson">
          {d.eventsGeoJson}
        </button>
        <button type="button" onClick={downloadImage} disabled={state.busy} data-testid="download-png">
          {d.image}
        </button>
        <button type="button" onClick={downloadSvg} disabled={state.busy} data-testid="download-svg">
          {messages.recording.svg}
        </button>
        <button type="button" onClick={downloadStrip} disabled={state.busy} data-testid="download-day-strip">
          {messages.days.dialogStrip}
        </button>
        <button type="button" onClick={() => window.print()}>
          {d.print}
        </button>
      </div>
      <p role="status" className="qm-muted">
        {state.busy ? d.preparing : state.error ? d.failed(state.error) : ''}
      </p>
      <RecordingForm index={index} scene={status} setting={setting} speed={speed} />
      <h3>{d.geoFiles}</h3>
      <ul className="qm-downloads__files">
        <li>
          <a href={regionsUrl} download="regions.geojson">
            {d.geoFileNames.regions}
          </a>
        </li>
        <li>
          <a href={citiesUrl} download="cities.geojson">
            {d.geoFileNames.cities}
          </a>
        </li>
        <li>
          <a href={lakesUrl} download="lakes.geojson">
            {d.geoFileNames.lakes}
          </a>
        </li>
        <li>
          {/* Official counts published after the window, per region and nationwide (geo/README.md). */}
          <a href={laterCountsUrl} download="later-counts.json">
            {d.geoFileNames.laterCounts}
          </a>
        </li>
      </ul>
      <h3>{d.licenceTitle}</h3>
      {d.licences.map((line) => (
        <p key={line.slice(0, 24)}>{line}</p>
      ))}
      <form method="dialog">
        <button type="submit" className="qm-button">
          {d.close}
        </button>
      </form>
    </>
  );
}

/**
 * Draws the picture on a canvas of its own and encodes it as PNG, all in the browser; at 2x the
 * canvas has twice the pixels each way and the same drawing is scaled up (sharp in print).
 */
function renderPng(input: FrameInput, scale: ImageScale): Promise<Blob> {
  return renderCanvasPng(frameSizes.standard, scale, (ctx) => drawFrame(ctx, input, frameSizes.standard, browserPaints(ctx)));
}

/**
 * The same picture as the PNG, as SVG: text stays text (editable in a layout tool) and is measured
 * by a canvas in the page's fonts, so lines wrap where the PNG wraps them.
 */
function renderSvg(input: FrameInput): string {
  const measuring = document.createElement('canvas').getContext('2d');
  const measure = measuring
    ? (text: string, font: string) => {
        measuring.font = font;
        return measuring.measureText(text).width;
      }
    : undefined;
  const svg = new SvgContext(measure);
  drawFrame(svg, input, frameSizes.standard, svgPaints());
  return svg.toSvg(frameSizes.standard, input.title);
}
