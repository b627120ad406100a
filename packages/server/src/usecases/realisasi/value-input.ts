/** A realisation typed by people: a JSON number or Indonesian text (`71,51`, `1.458`, `Rp 18.953.949.068`). */
import { KinerjaError, tryParseIdNumber, type NumberKind } from '@kinerja/domain';
import { z } from 'zod/v4';

export const valueInput = z.union([z.number().finite(), z.string().trim().min(1).max(60)]);

export function readValue(v: number | string, kind: NumberKind, message: string, where = 'value'): number {
  const n = typeof v === 'number' ? v : tryParseIdNumber(v, kind);
  if (n === null || !Number.isFinite(n)) throw new KinerjaError('invalid', message, where);
  if (kind === 'money' && (!Number.isSafeInteger(n) || n < 0)) throw new KinerjaError('invalid', message, where);
  return n;
}
