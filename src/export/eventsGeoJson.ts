import type { Feature, FeatureCollection, Point } from 'geojson';
import type { ExportInput } from './eventRecords';

export const eventDataLicence = 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), credit "qantar-map"';

/**
 * The chosen events as GeoJSON in the schema of geo/events.geojson: descriptions in English and,
 * where translated, the reader's language; sources with every event. A foreign member names the
 * licence (RFC 7946 allows them).
 */
export function eventsGeoJson({ events, details, texts, messages }: ExportInput): FeatureCollection<Point | null> & { licence: string } {
  const lang = messages.calendar.lang;
  return {
    type: 'FeatureCollection',
    licence: eventDataLicence,
    features: events.map((event) => {
      const detail = details.get(event.id);
      const text = texts?.get(event.id);
      const description: Record<string, string> = { en: detail?.description.en ?? '' };
      if (lang !== 'en' && text?.description) description[lang] = text.description;
      const properties: Record<string, unknown> = { ...event.properties, description, sources: detail?.sources ?? [] };
      if (lang !== 'en' && text?.locality) properties[`locality_${lang}`] = text.locality;
      if (lang !== 'en' && text?.time_note) properties[`time_note_${lang}`] = text.time_note;
      const feature: Feature<Point | null> = { type: 'Feature', id: event.id, geometry: event.geometry, properties };
      return feature;
    }),
  };
}
