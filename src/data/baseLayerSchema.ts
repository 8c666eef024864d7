import type { FieldRule, PropertiesOf } from './checkFields';

/** `neighbour` borders Kazakhstan; `context` is drawn only to fill the frame. */
export const neighbourRoles = ['neighbour', 'context'] as const;

const name = { type: 'string' } as const;

/**
 * Properties of the context layers. The map reads them only for labels and styling, so
 * parseBaseLayer does not insist on them; tests/geo checks geo/'s files against these tables.
 */
export const neighbourFields = {
  iso_a3: { type: 'string', pattern: /^[A-Z]{3}$/, expected: 'an ISO 3166-1 alpha-3 code' },
  name_en: name,
  role: { type: 'enum', values: neighbourRoles },
} as const satisfies Record<string, FieldRule>;

export const lakeFields = { name_en: name, name_kk: name, name_ru: name } as const satisfies Record<string, FieldRule>;

/** The Caspian: named like a lake, with what kind of water it is. */
export const waterFields = { ...lakeFields, kind: { type: 'string' } } as const satisfies Record<string, FieldRule>;

export type NeighbourProperties = PropertiesOf<typeof neighbourFields>;
export type WaterProperties = PropertiesOf<typeof waterFields>;
export type LakeProperties = PropertiesOf<typeof lakeFields>;
