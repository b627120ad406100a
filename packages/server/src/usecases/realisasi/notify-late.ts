/**
 * Sends the late-entry reminders of a closed period: one in-app notice per responsible user per
 * OPD (the operators of the row's unit, else the OPD's admin_opd) and one outbox e-mail each;
 * reruns do not repeat them. Audited.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { schema, writeAudit, type Db } from '@kinerja/db';
import { z } from 'zod/v4';
import type { SessionUser } from '../../permissions.ts';
import { resolvePemda } from '../../tenant.ts';
import { parse } from '../../http/problem.ts';
import { authorize } from '../guard.ts';
import { yearParam } from '../periods/year-param.ts';
import { findWindows, windowState } from '../periods/window-state.ts';
import { findLate, type LateItem } from './find-late.ts';
import { periodInput, periodOfYear } from './period-input.ts';
import { monitoringMessages as m } from './messages.ts';

export const notifyInput = z.object({ period: periodInput }).strict();

export async function notifyLate(db: Db, user: SessionUser, pemdaSlug: string, yearText: string, body: unknown, now: Date) {
  const pemda = await resolvePemda(db, user, pemdaSlug);
  authorize(user, 'late.notify', { pemdaId: pemda.id });
  const year = parse(yearParam, yearText, 'year');
  const period = periodOfYear(parse(notifyInput, body).period, year);
  const state = windowState((await findWindows(db, pemda.id, [period])).get(period), now);
  const items = state === 'closed' ? await findLate(db, pemda.id, period, null) : [];
  const ra = schema.roleAssignment;
  const grants = await db
    .select({ userId: ra.userId, role: ra.role, opdId: ra.opdId, unitId: ra.unitId })
    .from(ra)
    .innerJoin(schema.appUser, eq(schema.appUser.id, ra.userId))
    .where(and(eq(ra.pemdaId, pemda.id), inArray(ra.role, ['operator', 'admin_opd']), eq(schema.appUser.disabled, false)));
  const perUser = new Map<string, { userId: string; opd: LateItem['opd']; names: string[] }>();
  for (const item of items) {
    const operators = grants.filter((g) => g.role === 'operator' && g.opdId === item.opd.id && item.unit && g.unitId === item.unit.id);
    const targets = operators.length > 0 ? operators : grants.filter((g) => g.role === 'admin_opd' && g.opdId === item.opd.id);
    for (const g of targets) {
      const key = `${g.userId}|${item.opd.id}`;
      const entry = perUser.get(key) ?? { userId: g.userId, opd: item.opd, names: [] };
      entry.names.push(item.indicator.name);
      perUser.set(key, entry);
    }
  }
  return db.transaction(async (tx) => {
    let notices = 0;
    let emails = 0;
    for (const e of perUser.values()) {
      const title = m.noticeLateTitle(period);
      const text = m.noticeLateBody(e.opd.abbr ?? e.opd.name, e.names);
      const link = `/pengukuran/${e.opd.slug}/${year}?period=${period}`;
      const created = await tx
        .insert(schema.notice)
        .values({ pemdaId: pemda.id, userId: e.userId, kind: 'late_entry', title, body: text, link, data: { period, opd: e.opd.slug, count: e.names.length }, dedupeKey: `late:${period}:${e.opd.id}`, createdAt: now })
        .onConflictDoNothing()
        .returning({ id: schema.notice.id });
      if (created.length === 0) continue;
      notices += 1;
      const mail = await tx
        .insert(schema.outbox)
        .values({ pemdaId: pemda.id, userId: e.userId, subject: title, body: text, dedupeKey: `late:${period}:${e.opd.id}:${e.userId}`, createdAt: now })
        .onConflictDoNothing()
        .returning({ id: schema.outbox.id });
      emails += mail.length;
    }
    await writeAudit(tx, {
      pemdaId: pemda.id,
      actor: { id: user.id, name: user.username },
      action: 'notify',
      entity: 'late_entries',
      entityId: period,
      after: { period, late: items.length, notices, emails },
    });
    return { period, late: items.length, notices, emails };
  });
}
