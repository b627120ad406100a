/** Typed reads of the free-form `profile` and `evaluations` of a Dataset (FORMAT.md structures). */
export type Json = Record<string, unknown>;

export const asRecord = (v: unknown): Json | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;

export const asArray = (v: unknown): Json[] => (Array.isArray(v) ? v.map(asRecord).filter((x): x is Json => x !== undefined) : []);

export const asNumber = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export const asString = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export const numOrString = (v: unknown): number | string | null => asNumber(v) ?? asString(v);

export const at = (root: unknown, ...path: string[]): unknown => {
  let cur: unknown = root;
  for (const key of path) cur = asRecord(cur)?.[key];
  return cur;
};

/** A period map of numbers ({"2023": 26.97}) as entries sorted by period. */
export const periodEntries = (v: unknown): [string, number][] =>
  Object.entries(asRecord(v) ?? {})
    .filter((e): e is [string, number] => typeof e[1] === 'number')
    .sort(([a], [b]) => a.localeCompare(b));
