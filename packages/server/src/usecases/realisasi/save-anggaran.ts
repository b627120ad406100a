/**
 * Saves the realisasi anggaran of ONE sub kegiatan for one period (integer rupiah, typed as a
 * number or Indonesian text), audited in the same transaction; same rights and locking as realisasi.
 */
import { and, eq } from 'drizzle-orm';
import { schema, writeAudit, type Db } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import { z } from 'zod/v4';
import type { SessionUser } from '../../permissions.ts';
import { messages } from '../../messages.ts';
import { parse } from '../../http/problem.ts';
import { resolvePlan, type PlanRef } from '../plans/resolve-plan.ts';
import { assertEntryOpen } from '../periods/window-state.ts';
import { canEnterRow } from './access.ts';
import { loadMonitoringPlan } from './monitoring-plan.ts';
import { budgetRow, type BudgetRow } from './grid-row.ts';
import { periodInput, periodOfYear } from './period-input.ts';
import { readValue, valueInput } from './value-input.ts';
import { monitoringMessages as m } from './messages.ts';

export const saveAnggaranInput = z.object({ node: z.uuid(), period: periodInput, realisasi: valueInput }).strict();

export async function saveAnggaran(db: Db, user: SessionUser, ref: PlanRef, body: unknown, now: Date): Promise<BudgetRow> {
  const { pemda, opd, plan } = await resolvePlan(db, user, ref, 'plan.read');
  const input = parse(saveAnggaranInput, body);
  const period = periodOfYear(input.period, plan.year);
  const amount = readValue(input.realisasi, 'money', m.notAnAmount, 'realisasi');
  return db.transaction(async (tx) => {
    const data = await loadMonitoringPlan(tx, pemda.id, plan.id);
    const node = data.nodes.find((n) => n.id === input.node && n.kind === 'subkegiatan');
    if (!node) throw new KinerjaError('not_found', m.nodeNotFound, 'node');
    if (!canEnterRow(user, { pemdaId: pemda.id, opdId: opd.id, unitId: node.unitId })) throw new KinerjaError('forbidden', messages.forbidden);
    await assertEntryOpen(tx, pemda.id, period, now);
    const b = schema.nodeBudget;
    const [existing] = await tx
      .select()
      .from(b)
      .where(and(eq(b.pemdaId, pemda.id), eq(b.nodeId, node.id), eq(b.period, period)));
    const [saved] = existing
      ? await tx.update(b).set({ realisasi: amount, updatedAt: now }).where(eq(b.id, existing.id)).returning()
      : await tx.insert(b).values({ pemdaId: pemda.id, nodeId: node.id, period, realisasi: amount, updatedAt: now }).returning();
    if (!saved) throw new Error('realisasi anggaran not saved');
    await writeAudit(tx, {
      pemdaId: pemda.id,
      actor: { id: user.id, name: user.username },
      action: existing ? 'update' : 'create',
      entity: 'realisasi_anggaran',
      entityId: saved.id,
      before: existing ? { node: node.id, period, realisasi: existing.realisasi } : null,
      after: { node: node.id, period, realisasi: amount },
    });
    return budgetRow({ ...node, realisasi: { ...node.realisasi, [period]: amount } }, period, true);
  });
}
