// The naive baseline of ../shared/research/toolchain.md section 4, written the way a first
// react-leaflet version would be: every slider step re-renders the whole map from state, the
// regions through <GeoJSON style>, and one declarative <CircleMarker> per event so far.
import 'leaflet/dist/leaflet.css';
import type { Layer } from 'leaflet';
import type { Feature } from 'geojson';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CircleMarker, GeoJSON, MapContainer } from 'react-leaflet';
import { hourZero, levelColour, levelOf, loadBaselineData, windowHours, type BaselineEvent } from './baselineData';

function NaiveMap({ regions, events }: Awaited<ReturnType<typeof loadBaselineData>>) {
  const [hour, setHour] = useState(0);
  const t = hourZero + hour * 3_600_000;
  const visible: BaselineEvent[] = events.filter((event) => event.t <= t);
  const levels = new Map<string, number>();
  for (const event of visible) {
    if (event.region) levels.set(event.region, Math.max(levels.get(event.region) ?? 0, levelOf(event.type)));
  }
  const tagRegion = (feature: Feature, layer: Layer) =>
    layer.on('add', () => (layer as unknown as { getElement(): Element }).getElement().setAttribute('data-region', String(feature.id)));
  return (
    <>
      <input className="qm-slider__input" type="range" min={0} max={windowHours} value={hour} onChange={(e) => setHour(Number(e.target.value))} />
      <MapContainer center={[48, 67]} zoom={5} style={{ height: 640 }}>
        <GeoJSON
          data={regions}
          style={(feature) => ({ fillColor: levelColour(levels.get(String(feature?.id)) ?? 0), fillOpacity: 0.85, color: '#fff', weight: 1 })}
          onEachFeature={tagRegion}
        />
        {visible.map((event) =>
          event.latLng ? (
            <CircleMarker key={event.id} center={event.latLng} radius={4} pathOptions={{ color: '#333', weight: 1, fillOpacity: 0.7 }} />
          ) : null,
        )}
      </MapContainer>
    </>
  );
}

void loadBaselineData().then((data) => createRoot(document.getElementById('root') as HTMLElement).render(<NaiveMap {...data} />));
