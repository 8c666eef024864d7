// The standard Leaflet time plugin (npm leaflet-timedimension) showing the same events with its
// own GeoJSON time layer and player. Regions are coloured once: the plugin animates point layers.
/* global L, document, fetch */
const hourZero = Date.parse('2022-01-01T00:00:00+06:00');
const hours = 600;
const times = Array.from({ length: hours + 1 }, (_, hour) => hourZero + hour * 3_600_000);

Promise.all(['data/regions.json', 'data/events.json'].map((url) => fetch(url).then((response) => response.json()))).then(([regions, events]) => {
  const map = L.map('map', {
    center: [48, 67],
    zoom: 5,
    timeDimension: true,
    timeDimensionOptions: { times, currentTime: hourZero },
    timeDimensionControl: true,
  });
  L.geoJSON(regions, {
    style: { fillColor: '#f2efe9', fillOpacity: 0.85, color: '#fff', weight: 1 },
    onEachFeature: (feature, layer) => layer.on('add', () => layer.getElement().setAttribute('data-region', feature.id)),
  }).addTo(map);
  const timed = {
    type: 'FeatureCollection',
    features: events.features.filter((f) => f.geometry).map((f) => ({ ...f, properties: { ...f.properties, time: f.properties.start } })),
  };
  const points = L.geoJSON(timed, { pointToLayer: (_, latLng) => L.circleMarker(latLng, { radius: 4, color: '#333', weight: 1, fillOpacity: 0.7 }) });
  // Every event from the start of the story up to the current time, like our cumulative mode.
  L.timeDimension.layer.geoJson(points, { duration: 'P30D', updateTimeDimension: false }).addTo(map);
  const slider = document.querySelector('input.qm-slider__input');
  slider.addEventListener('input', () => map.timeDimension.setCurrentTime(times[Number(slider.value)]));
});
