/**
 * The line a generated document's findings carry when realisations were left out because they are
 * not final yet ("N realisasi belum final tidak dihitung"), so nobody wonders why a figure differs
 * from what was entered.
 */
import { formatIdNumber, type CheckFinding } from '@kinerja/domain';
import { figureMessages as m } from './messages.ts';
import type { PendingValue } from './final-values.ts';

export const PENDING_CODE = 'completeness.realisasi_not_final';

export function pendingFinding(pending: readonly PendingValue[]): CheckFinding[] {
  if (pending.length === 0) return [];
  return [
    {
      code: PENDING_CODE,
      check: 'completeness',
      severity: 'info',
      ref: '',
      where: m.pendingWhere,
      printed: null,
      computed: formatIdNumber(pending.length, 0),
      message: m.pendingLeftOut(pending.length),
    },
  ];
}
