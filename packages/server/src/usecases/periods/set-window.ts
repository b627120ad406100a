/** Sets the entry window of one period key (admin_pemda), audited; clears an earlier reopen. */
import { schema, writeAudit, type Db, type Executor } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import { z } from 'zod/v4';
import type { SessionUser } from '../../permissions.ts';
import { resolvePemda } from '../../tenant.ts';
import { parse } from '../../http/problem.ts';
import { authorize } from '../guard.ts';
import { periodInput, periodOfYear } from '../realisasi/period-input.ts';
import { monitoringMessages as m } from '../realisasi/messages.ts';
import { yearParam } from './year-param.ts';
import { findWindows } from './window-state.ts';
import { windowView, type WindowView } from './window-view.ts';

export const setWindowInput = z
  .object({ period: periodInput, opensAt: z.iso.datetime({ offset: true }), closesAt: z.iso.datetime({ offset: true }) })
  .strict();

export interface WindowTimesInput {
  period: string;
  opensAt: Date;
  closesAt: Date;
}

/** Upserts windows inside `tx`; `audit: 'each'` writes one audit row per window (the caller audits otherwise). */
export async function upsertWindows(tx: Executor, user: SessionUser, pemdaId: string, items: WindowTimesInput[], now: Date, audit: 'each' | 'caller' = 'each') {
  const existing = await findWindows(tx, pemdaId, items.map((i) => i.period));
  const out = [];
  for (const item of items) {
    const before = existing.get(item.period);
    const values = { opensAt: item.opensAt, closesAt: item.closesAt, reopenedUntil: null, reopenedBy: null, reopenReason: null, updatedBy: user.id, updatedAt: now };
    const [row] = await tx
      .insert(schema.periodWindow)
      .values({ pemdaId, period: item.period, ...values })
      .onConflictDoUpdate({ target: [schema.periodWindow.pemdaId, schema.periodWindow.period], set: values })
      .returning();
    if (!row) throw new Error('window not saved');
    if (audit === 'each')
      await writeAudit(tx, {
      pemdaId,
      actor: { id: user.id, name: user.username },
      action: before ? 'update' : 'create',
      entity: 'period_window',
      entityId: row.id,
      before: before ? { period: before.period, opensAt: before.opensAt, closesAt: before.closesAt, reopenedUntil: before.reopenedUntil } : null,
      after: { period: row.period, opensAt: row.opensAt, closesAt: row.closesAt },
    });
    out.push(row);
  }
  return out;
}

export async function setWindow(db: Db, user: SessionUser, pemdaSlug: string, yearText: string, body: unknown, now: Date): Promise<WindowView> {
  const pemda = await resolvePemda(db, user, pemdaSlug);
  authorize(user, 'period.manage', { pemdaId: pemda.id });
  const year = parse(yearParam, yearText, 'year');
  const input = parse(setWindowInput, body);
  const period = periodOfYear(input.period, year);
  const opensAt = new Date(input.opensAt);
  const closesAt = new Date(input.closesAt);
  if (closesAt.getTime() <= opensAt.getTime()) throw new KinerjaError('invalid', m.windowOrder, 'closesAt');
  const [row] = await db.transaction((tx) => upsertWindows(tx, user, pemda.id, [{ period, opensAt, closesAt }], now));
  if (!row) throw new Error('window not saved');
  return windowView(row, now);
}
