/** Whether a period is open for entry now, and the guard that answers 423 when it is not. */
import { and, eq, inArray } from 'drizzle-orm';
import { schema, type Executor } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import { monitoringMessages as m } from '../realisasi/messages.ts';

export type WindowRow = typeof schema.periodWindow.$inferSelect;

/** `unset`: no window configured (entry open); `open`; `reopened`; `not_open` (before); `closed` (after). */
export type WindowState = 'unset' | 'open' | 'reopened' | 'not_open' | 'closed';

export function windowState(w: WindowRow | undefined, now: Date): WindowState {
  if (!w) return 'unset';
  const t = now.getTime();
  if (w.reopenedUntil && t < w.reopenedUntil.getTime() && t >= w.opensAt.getTime()) return t < w.closesAt.getTime() ? 'open' : 'reopened';
  if (t < w.opensAt.getTime()) return 'not_open';
  if (t >= w.closesAt.getTime()) return 'closed';
  return 'open';
}

export const isEntryOpen = (s: WindowState): boolean => s === 'unset' || s === 'open' || s === 'reopened';

export async function findWindows(db: Executor, pemdaId: string, periods: string[]): Promise<Map<string, WindowRow>> {
  if (periods.length === 0) return new Map();
  const w = schema.periodWindow;
  const rows = await db
    .select()
    .from(w)
    .where(and(eq(w.pemdaId, pemdaId), inArray(w.period, periods)));
  return new Map(rows.map((r) => [r.period, r]));
}

/** Throws 423 `locked` (Indonesian message, where = `period`) unless entry for `period` is open. */
export async function assertEntryOpen(db: Executor, pemdaId: string, period: string, now: Date): Promise<void> {
  const state = windowState((await findWindows(db, pemdaId, [period])).get(period), now);
  if (state === 'closed') throw new KinerjaError('locked', m.periodLocked(period), 'period');
  if (state === 'not_open') throw new KinerjaError('locked', m.periodNotOpen(period), 'period');
}
