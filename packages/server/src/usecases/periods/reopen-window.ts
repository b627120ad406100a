/** Reopens a closed period until a given time, with a required reason (admin_pemda), audited. */
import { and, eq } from 'drizzle-orm';
import { schema, writeAudit, type Db } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import { z } from 'zod/v4';
import type { SessionUser } from '../../permissions.ts';
import { resolvePemda } from '../../tenant.ts';
import { parse } from '../../http/problem.ts';
import { authorize } from '../guard.ts';
import { periodInput, periodOfYear } from '../realisasi/period-input.ts';
import { monitoringMessages as m } from '../realisasi/messages.ts';
import { defaultWindow } from './default-windows.ts';
import { findWindows } from './window-state.ts';
import { yearParam } from './year-param.ts';
import { windowView, type WindowView } from './window-view.ts';

export const reopenInput = z
  .object({ period: periodInput, until: z.iso.datetime({ offset: true }), reason: z.string().trim().max(2000) })
  .strict();

export async function reopenWindow(db: Db, user: SessionUser, pemdaSlug: string, yearText: string, body: unknown, now: Date): Promise<WindowView> {
  const pemda = await resolvePemda(db, user, pemdaSlug);
  authorize(user, 'period.manage', { pemdaId: pemda.id });
  const year = parse(yearParam, yearText, 'year');
  const input = parse(reopenInput, body);
  const period = periodOfYear(input.period, year);
  if (input.reason.length < 5) throw new KinerjaError('invalid', m.reopenNeedsReason, 'reason');
  const until = new Date(input.until);
  if (until.getTime() <= now.getTime()) throw new KinerjaError('invalid', m.reopenUntilPast, 'until');
  return db.transaction(async (tx) => {
    const before = (await findWindows(tx, pemda.id, [period])).get(period);
    const w = schema.periodWindow;
    const fields = { reopenedUntil: until, reopenedBy: user.id, reopenReason: input.reason, updatedBy: user.id, updatedAt: now };
    const [row] = before
      ? await tx.update(w).set(fields).where(and(eq(w.pemdaId, pemda.id), eq(w.id, before.id))).returning()
      : await tx.insert(w).values({ pemdaId: pemda.id, period, ...defaultWindow(period), ...fields }).returning();
    if (!row) throw new Error('window not saved');
    await writeAudit(tx, {
      pemdaId: pemda.id,
      actor: { id: user.id, name: user.username },
      action: 'reopen',
      entity: 'period_window',
      entityId: row.id,
      before: before ? { period, closesAt: before.closesAt, reopenedUntil: before.reopenedUntil } : null,
      after: { period, closesAt: row.closesAt, reopenedUntil: row.reopenedUntil },
      reason: input.reason,
    });
    return windowView(row, now);
  });
}
