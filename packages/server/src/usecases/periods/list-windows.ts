/** The entry windows of a year (every period key of that year that has one), in period order. */
import { and, eq, like } from 'drizzle-orm';
import { schema, type Db } from '@kinerja/db';
import { comparePeriods } from '@kinerja/domain';
import type { SessionUser } from '../../permissions.ts';
import { resolvePemda } from '../../tenant.ts';
import { parse } from '../../http/problem.ts';
import { authorize } from '../guard.ts';
import { yearParam } from './year-param.ts';
import { windowView, type WindowView } from './window-view.ts';

export async function listWindows(db: Db, user: SessionUser, pemdaSlug: string, yearText: string, now: Date): Promise<WindowView[]> {
  const pemda = await resolvePemda(db, user, pemdaSlug);
  authorize(user, 'pemda.read', { pemdaId: pemda.id });
  const year = parse(yearParam, yearText, 'year');
  const w = schema.periodWindow;
  const rows = await db
    .select()
    .from(w)
    .where(and(eq(w.pemdaId, pemda.id), like(w.period, `${year}%`)));
  return rows.sort((a, b) => comparePeriods(a.period, b.period)).map((r) => windowView(r, now));
}
