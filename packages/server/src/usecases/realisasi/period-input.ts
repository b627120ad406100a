/** A period key of the plan's year (`2025`, `2025-S1`, `2025-Q3`, `2025-07`), else 400. */
import { KinerjaError, tryParsePeriod } from '@kinerja/domain';
import { z } from 'zod/v4';
import { monitoringMessages as m } from './messages.ts';

export const periodInput = z.string().trim().regex(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|S[12]))?$/);

export function periodOfYear(period: string, year: number, where = 'period'): string {
  const p = tryParsePeriod(period);
  if (!p || p.year !== year) throw new KinerjaError('invalid', m.periodOutsideYear(year), where);
  return period;
}
