/**
 * The objects of the derived base-map topology (scripts/derive writes them, loadDataset reads
 * them): one list, so the writer and the reader cannot drift apart.
 */
export const baseObjectNames = ['regions', 'country', 'neighbours', 'water', 'cities'] as const;
export type BaseObjectName = (typeof baseObjectNames)[number];
