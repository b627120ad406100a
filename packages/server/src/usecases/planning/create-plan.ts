/**
 * Creates the plan of a year for an OPD: empty, or proposed from an earlier plan — its tree and
 * indicators copied (same lineage keys) with the Renstra targets of the new year as the targets
 * (what a Renja starts from). Audited.
 */
import { randomUUID } from 'node:crypto';
import { exportDataset, findPlan, indicatorLineageKey, nodeLineageKey, schema, writeAudit, type Db, type Executor } from '@kinerja/db';
import { KinerjaError, type Dataset } from '@kinerja/domain';
import type { SessionUser } from '../../permissions.ts';
import { parse } from '../../http/problem.ts';
import { resolveOpd, resolvePemda } from '../../tenant.ts';
import { authorize } from '../guard.ts';
import { insertClosure } from './closure.ts';
import { createPlanInput } from './inputs.ts';
import { pm } from './messages.ts';
import { actorOf } from './plan-access.ts';

export interface CreatePlanAnswer {
  planId: string;
  year: number;
  nodes: number;
  indicators: number;
  targets: number;
}

async function copyTree(tx: Executor, pemdaId: string, planId: string, src: Dataset, year: number): Promise<Omit<CreatePlanAnswer, 'planId' | 'year'>> {
  const ids = new Map<string, string>();
  const pending = [...src.nodes];
  let position = 0;
  while (pending.length > 0) {
    const i = pending.findIndex((n) => !n.parent || ids.has(n.parent));
    const [n] = pending.splice(i < 0 ? 0 : i, 1);
    if (!n) break;
    const id = randomUUID();
    ids.set(n.id, id);
    const parentId = n.parent ? (ids.get(n.parent) ?? null) : null;
    await tx.insert(schema.planNode).values({
      id, pemdaId, planId, kind: n.kind, parentId, position: position++, name: n.name, output: n.output ?? null,
      code: n.code ?? null, unitId: n.unit ?? null, location: n.location ?? null, lineageKey: nodeLineageKey(n),
    });
    await insertClosure(tx, pemdaId, id, parentId);
  }
  let targets = 0;
  for (const [k, x] of src.indicators.entries()) {
    const nodeId = ids.get(x.node);
    if (!nodeId) continue;
    const id = randomUUID();
    await tx.insert(schema.indicator).values({
      id, pemdaId, planId, nodeId, position: k, name: x.name, unit: x.unit ?? null, polarity: x.polarity ?? null,
      aggregation: x.aggregation ?? null, iku: x.iku ?? false, definition: x.definition ?? null, formula: x.formula ?? null,
      dataSource: x.data_source ?? null, responsibleUnitId: x.responsible ?? null, lineageKey: indicatorLineageKey(x.name),
    });
    const values: (typeof schema.indicatorValue.$inferInsert)[] = [];
    for (const [period, v] of Object.entries(x.renstra_targets ?? {})) {
      values.push({ pemdaId, indicatorId: id, kind: 'renstra_target', period, value: typeof v === 'number' ? String(v) : null, textValue: typeof v === 'string' ? v : null });
    }
    const proposed = x.renstra_targets?.[String(year)];
    if (proposed !== undefined) {
      values.push({ pemdaId, indicatorId: id, kind: 'target', period: String(year), value: typeof proposed === 'number' ? String(proposed) : null, textValue: typeof proposed === 'string' ? proposed : null });
      targets++;
    }
    if (values.length > 0) await tx.insert(schema.indicatorValue).values(values);
  }
  return { nodes: ids.size, indicators: src.indicators.length, targets };
}

export async function createPlan(db: Db, user: SessionUser, pemdaSlug: string, opdSlug: string, body: unknown): Promise<CreatePlanAnswer> {
  const input = parse(createPlanInput, body);
  return db.transaction(async (tx) => {
    const pemda = await resolvePemda(tx, user, pemdaSlug);
    const opd = await resolveOpd(tx, pemda, opdSlug);
    authorize(user, 'plan.edit', { pemdaId: pemda.id, opdId: opd.id });
    if (await findPlan(tx, pemda.id, opd.id, input.year)) throw new KinerjaError('conflict', pm.planExists(input.year), 'year');
    let source: Dataset | null = null;
    if (input.from !== undefined) {
      if (!(await findPlan(tx, pemda.id, opd.id, input.from))) throw new KinerjaError('not_found', pm.sourcePlanNotFound(input.from), 'from');
      source = await exportDataset(tx, { pemdaId: pemda.id, opdSlug: opd.slug, year: input.from }, { ids: 'stored' });
    }
    const renstra = input.renstra ?? source?.renstra ?? null;
    const planId = randomUUID();
    await tx.insert(schema.plan).values({ id: planId, pemdaId: pemda.id, opdId: opd.id, year: input.year, renstraStart: renstra?.start ?? null, renstraEnd: renstra?.end ?? null });
    const counts = source ? await copyTree(tx, pemda.id, planId, source, input.year) : { nodes: 0, indicators: 0, targets: 0 };
    const answer = { planId, year: input.year, ...counts };
    await writeAudit(tx, { pemdaId: pemda.id, actor: actorOf(user), action: 'create', entity: 'plan', entityId: planId, after: { ...answer, from: input.from ?? null } });
    return answer;
  });
}
