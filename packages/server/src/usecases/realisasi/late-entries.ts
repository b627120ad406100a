/**
 * The late-entry list of a period, per OPD (`opdSlug`) or for the whole Pemda: empty until the
 * period's window has closed; an operator sees only its unit's rows.
 */
import type { Db } from '@kinerja/db';
import { z } from 'zod/v4';
import type { SessionUser } from '../../permissions.ts';
import { resolveOpd, resolvePemda } from '../../tenant.ts';
import { parse } from '../../http/problem.ts';
import { authorize } from '../guard.ts';
import { yearParam } from '../periods/year-param.ts';
import { findWindows, windowState, type WindowState } from '../periods/window-state.ts';
import { canReadRow } from './access.ts';
import { findLate, type LateItem } from './find-late.ts';
import { periodInput, periodOfYear } from './period-input.ts';

export const lateQuery = z.object({ period: periodInput.optional() });

export interface LateView {
  period: string;
  window: { state: WindowState; closesAt: string | null };
  items: LateItem[];
  byOpd: { slug: string; name: string; count: number }[];
}

export async function lateEntries(
  db: Db,
  user: SessionUser,
  ref: { pemdaSlug: string; opdSlug: string | null; year: string },
  query: unknown,
  now: Date,
): Promise<LateView> {
  const pemda = await resolvePemda(db, user, ref.pemdaSlug);
  const opd = ref.opdSlug ? await resolveOpd(db, pemda, ref.opdSlug) : null;
  authorize(user, 'plan.read', { pemdaId: pemda.id, ...(opd ? { opdId: opd.id } : {}) });
  const year = parse(yearParam, ref.year, 'year');
  const q = parse(lateQuery, query);
  const period = periodOfYear(q.period ?? String(year), year);
  const w = (await findWindows(db, pemda.id, [period])).get(period);
  const state = windowState(w, now);
  const all = state === 'closed' ? await findLate(db, pemda.id, period, opd?.id ?? null) : [];
  const items = all.filter((i) => canReadRow(user, { pemdaId: pemda.id, opdId: i.opd.id, unitId: i.unit?.id ?? null }));
  const counts = new Map<string, { slug: string; name: string; count: number }>();
  for (const i of items) {
    const c = counts.get(i.opd.id) ?? { slug: i.opd.slug, name: i.opd.name, count: 0 };
    c.count += 1;
    counts.set(i.opd.id, c);
  }
  return { period, window: { state, closesAt: w?.closesAt.toISOString() ?? null }, items, byOpd: [...counts.values()] };
}
