/**
 * Saves ONE realisation (one indicator, one period) as a draft, with its narrative, audited in
 * the same transaction. Refuses: another unit's row (403), a closed period (423), a row already
 * in the workflow (409), a value far from the schedule without the narrative it needs (400), and
 * a first save that loses a race with another first save of the same row (409).
 */
import { and, eq } from 'drizzle-orm';
import { schema, writeAudit, type Db } from '@kinerja/db';
import { formatIdNumber, KinerjaError } from '@kinerja/domain';
import { z } from 'zod/v4';
import type { SessionUser } from '../../permissions.ts';
import { messages } from '../../messages.ts';
import { parse } from '../../http/problem.ts';
import { resolvePlan, type PlanRef } from '../plans/resolve-plan.ts';
import { assertEntryOpen } from '../periods/window-state.ts';
import { listEvidence } from '../evidence/evidence-view.ts';
import { canEnterRow } from './access.ts';
import { farFromSchedule, liveFigures } from './live-figures.ts';
import { cleanNarrative, narrativeInput, narrativeOf } from './narrative.ts';
import { periodInput, periodOfYear } from './period-input.ts';
import { readValue, valueInput } from './value-input.ts';
import { loadRowContext } from './row-context.ts';
import { gridRow, type GridRow } from './grid-row.ts';
import { ruleSetFor } from '../rule-sets/rule-set-for.ts';
import { monitoringMessages as m, statusLabel } from './messages.ts';

export const saveRealisasiInput = z
  .object({
    indicator: z.uuid(),
    period: periodInput,
    value: valueInput,
    narrative: narrativeInput.nullable().optional(),
  })
  .strict();

const EDITABLE = new Set(['draft', 'rejected']);

export async function saveRealisasi(db: Db, user: SessionUser, ref: PlanRef, body: unknown, now: Date): Promise<GridRow> {
  const { pemda, opd, plan } = await resolvePlan(db, user, ref, 'plan.read');
  const input = parse(saveRealisasiInput, body);
  const period = periodOfYear(input.period, plan.year);
  const rules = await ruleSetFor(db, pemda.id, plan.year);
  return db.transaction(async (tx) => {
    const ctx = await loadRowContext(tx, { pemdaId: pemda.id, opdId: opd.id, planId: plan.id }, input.indicator);
    if (!canEnterRow(user, ctx.resource)) throw new KinerjaError('forbidden', messages.forbidden);
    await assertEntryOpen(tx, pemda.id, period, now);
    const existing = ctx.indicator.rows[period];
    if (existing && !EDITABLE.has(existing.status)) {
      throw new KinerjaError('conflict', m.notEditable(statusLabel[existing.status] ?? existing.status), 'status');
    }
    const value = readValue(input.value, 'decimal', m.notANumber);
    const narrative = input.narrative === undefined ? narrativeOf(existing?.narrative) : cleanNarrative(input.narrative);
    const live = liveFigures(ctx.indicator, period, rules, value);
    const far = farFromSchedule(live.capaian);
    const shown = formatIdNumber(live.capaian ?? 0, 2);
    if (far === 'low' && !narrative?.obstacles) throw new KinerjaError('invalid', m.narrativeLow(shown), 'narrative.obstacles');
    if (far === 'high' && !narrative?.success_factors) throw new KinerjaError('invalid', m.narrativeHigh(shown), 'narrative.success_factors');

    const v = schema.indicatorValue;
    const fields = { value: String(value), textValue: null, status: 'draft', narrative, updatedBy: user.id, updatedAt: now };
    // a first save racing another first save of the same row meets the unique index: 409, not 500
    const [saved] = existing
      ? await tx
          .update(v)
          .set(fields)
          .where(and(eq(v.pemdaId, pemda.id), eq(v.id, existing.id)))
          .returning()
      : await tx
          .insert(v)
          .values({ pemdaId: pemda.id, indicatorId: ctx.indicator.id, kind: 'realization', period, ...fields })
          .onConflictDoNothing({ target: [v.indicatorId, v.kind, v.period] })
          .returning();
    if (!saved && !existing) throw new KinerjaError('conflict', m.savedConcurrently, 'period');
    if (!saved) throw new Error('realisasi not saved');
    await writeAudit(tx, {
      pemdaId: pemda.id,
      actor: { id: user.id, name: user.username },
      action: existing ? 'update' : 'create',
      entity: 'realisasi',
      entityId: saved.id,
      before: existing
        ? { indicator: ctx.indicator.id, period, value: existing.value, status: existing.status, narrative: existing.narrative }
        : null,
      after: { indicator: ctx.indicator.id, period, value: saved.value, status: saved.status, narrative: saved.narrative },
    });
    const updated = { ...ctx.indicator, realizations: { ...ctx.indicator.realizations, [period]: value }, rows: { ...ctx.indicator.rows, [period]: saved } };
    const evidence = await listEvidence(tx, pemda.id, [ctx.indicator.id], period);
    return gridRow(updated, ctx.node, period, rules, { canEnter: true, evidence: evidence.get(ctx.indicator.id) ?? [], rejectComment: null });
  });
}
