/** Sets the default windows of every period of one kind in a year (admin_pemda), audited per window. */
import { writeAudit, type Db } from '@kinerja/db';
import { z } from 'zod/v4';
import type { SessionUser } from '../../permissions.ts';
import { resolvePemda } from '../../tenant.ts';
import { parse } from '../../http/problem.ts';
import { authorize } from '../guard.ts';
import { defaultWindow, periodsOfYear } from './default-windows.ts';
import { upsertWindows } from './set-window.ts';
import { yearParam } from './year-param.ts';
import { windowView, type WindowView } from './window-view.ts';

export const defaultsInput = z
  .object({
    kind: z.enum(['month', 'quarter', 'semester', 'year']),
    graceDays: z.number().int().min(0).max(120).optional(),
    utcOffsetMinutes: z.number().int().min(-720).max(840).optional(),
  })
  .strict();

export async function applyDefaultWindows(db: Db, user: SessionUser, pemdaSlug: string, yearText: string, body: unknown, now: Date): Promise<WindowView[]> {
  const pemda = await resolvePemda(db, user, pemdaSlug);
  authorize(user, 'period.manage', { pemdaId: pemda.id });
  const year = parse(yearParam, yearText, 'year');
  const input = parse(defaultsInput, body);
  const opts = { ...(input.graceDays !== undefined ? { graceDays: input.graceDays } : {}), ...(input.utcOffsetMinutes !== undefined ? { utcOffsetMinutes: input.utcOffsetMinutes } : {}) };
  const items = periodsOfYear(year, input.kind).map((period) => ({ period, ...defaultWindow(period, opts) }));
  const rows = await db.transaction(async (tx) => {
    const saved = await upsertWindows(tx, user, pemda.id, items, now, 'caller');
    await writeAudit(tx, {
      pemdaId: pemda.id,
      actor: { id: user.id, name: user.username },
      action: 'defaults',
      entity: 'period_window',
      entityId: `${year}-${input.kind}`,
      after: saved.map((w) => ({ period: w.period, opensAt: w.opensAt, closesAt: w.closesAt })),
    });
    return saved;
  });
  return rows.map((r) => windowView(r, now));
}
