/** Evidence rights: the rights of its realisation row (read to download; enter, open period, draft to change). */
import { KinerjaError } from '@kinerja/domain';
import type { Executor } from '@kinerja/db';
import { messages } from '../../messages.ts';
import type { SessionUser } from '../../permissions.ts';
import { assertEntryOpen } from '../periods/window-state.ts';
import { canEnterRow } from '../realisasi/access.ts';
import { monitoringMessages as m, statusLabel } from '../realisasi/messages.ts';
import type { RowContext } from '../realisasi/row-context.ts';

/** The caller may change the evidence of this row for `period` now, or a KinerjaError. */
export async function assertEvidenceWritable(tx: Executor, user: SessionUser, ctx: RowContext, period: string, now: Date): Promise<void> {
  if (!canEnterRow(user, ctx.resource)) throw new KinerjaError('forbidden', messages.forbidden);
  await assertEntryOpen(tx, ctx.resource.pemdaId, period, now);
  const status = ctx.indicator.rows[period]?.status ?? 'draft';
  if (status !== 'draft' && status !== 'rejected') throw new KinerjaError('conflict', m.notEditable(statusLabel[status] ?? status), 'status');
}
