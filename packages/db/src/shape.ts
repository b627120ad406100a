/**
 * How an object of a kinerja-dataset/1 file is kept whole: the typed fields go to columns, and
 * `Shape` remembers the file's key order (so present-but-null keys and absent keys stay apart) and
 * every key the columns do not hold (`more`). Stored in the row's `extra` column.
 */
export interface Shape {
  keys: string[];
  more?: Record<string, unknown>;
}

export function shapeOf(obj: object, known: readonly string[]): Shape {
  const keys = Object.keys(obj);
  const more: Record<string, unknown> = {};
  let hasMore = false;
  for (const [k, v] of Object.entries(obj)) {
    if (!known.includes(k)) {
      more[k] = v;
      hasMore = true;
    }
  }
  return hasMore ? { keys, more } : { keys };
}

export function isShape(v: unknown): v is Shape {
  return typeof v === 'object' && v !== null && Array.isArray((v as { keys?: unknown }).keys);
}

/**
 * Rebuilds an object from its column values: in the file's key order when the shape is known,
 * else in `canonical` order leaving out null and undefined values.
 */
export function assemble(
  shape: Shape | undefined,
  values: Record<string, unknown>,
  canonical: readonly string[],
  /** Period maps that the app may fill although the file had no such key (realisasi of a Rencana Aksi). */
  filledMaps: readonly string[] = [],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (shape) {
    for (const k of shape.keys) {
      if (k in values) out[k] = values[k] ?? null;
      else if (shape.more && k in shape.more) out[k] = shape.more[k];
    }
    for (const k of filledMaps) if (!(k in out) && isFilledMap(values[k])) out[k] = values[k];
    return out;
  }
  for (const k of canonical) {
    const v = values[k];
    if (v !== null && v !== undefined) out[k] = v;
  }
  return out;
}

/** The shape kept in an `extra` column, if any. */
export function shapeIn(extra: unknown): Shape | undefined {
  return isShape(extra) ? extra : undefined;
}

const isFilledMap = (v: unknown): boolean => typeof v === 'object' && v !== null && Object.keys(v).length > 0;
