/**
 * Writes pasted (or XLSX-imported) rows into a plan: each row matches an existing node (same kind
 * and code, else name, under the same parent) or becomes a new one; its indicator matches by name
 * or is added; targets, schedule, pagu, lokasi, sumber dana, PJ and actions are set only where
 * they differ — so importing what was exported changes nothing. Every write is audited.
 * The plan is read once; new rows, values and audit rows are written in batches at the end.
 */
import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { indicatorLineageKey, nodeLineageKey, schema, type Executor } from '@kinerja/db';
import { KinerjaError, type NodeKind, type PasteRow } from '@kinerja/domain';
import { BatchWrites } from './batch-writes.ts';
import { checkPlacement } from './node-rules.ts';
import type { PlanScope } from './plan-access.ts';
import { withFunding, type IndicatorRow, type NodeRow } from './rows.ts';
import type { CellValue } from './write-values.ts';

export interface SaveCounts {
  nodesAdded: number;
  nodesUpdated: number;
  indicatorsAdded: number;
  indicatorsUpdated: number;
  valuesChanged: number;
}

const LEVEL: Record<NodeKind, number> = { visi: 0, misi: 1, tujuan: 2, sasaran: 3, program: 4, kegiatan: 5, subkegiatan: 6, iki: 7 };
const norm = (s: string | null | undefined): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export async function saveRows(tx: Executor, s: PlanScope, rows: PasteRow[], underId: string | null): Promise<SaveCounts> {
  const pemdaId = s.pemda.id;
  const year = s.plan.year;
  const counts: SaveCounts = { nodesAdded: 0, nodesUpdated: 0, indicatorsAdded: 0, indicatorsUpdated: 0, valuesChanged: 0 };
  const nodes: NodeRow[] = await tx.select().from(schema.planNode).where(and(eq(schema.planNode.pemdaId, pemdaId), eq(schema.planNode.planId, s.plan.id)));
  const indicators: IndicatorRow[] = await tx.select().from(schema.indicator).where(and(eq(schema.indicator.pemdaId, pemdaId), eq(schema.indicator.planId, s.plan.id)));
  const units = await tx.select().from(schema.unit).where(and(eq(schema.unit.pemdaId, pemdaId), eq(schema.unit.opdId, s.opd.id)));
  const batch = new BatchWrites(pemdaId, s.actor);
  /** closure rows (ancestor, depth) of a node as descendant, itself at depth 0 */
  const ancestry = new Map<string, { ancestorId: string; depth: number }[]>();
  const ancestorsOf = async (nodeId: string) => {
    let found = ancestry.get(nodeId);
    if (!found) {
      const c = schema.planNodeClosure;
      found = await tx.select({ ancestorId: c.ancestorId, depth: c.depth }).from(c).where(and(eq(c.pemdaId, pemdaId), eq(c.descendantId, nodeId)));
      ancestry.set(nodeId, found);
    }
    return found;
  };
  const known = new Map<string, CellValue>();
  const values = await tx
    .select({ id: schema.indicatorValue.indicatorId, period: schema.indicatorValue.period, value: schema.indicatorValue.value, text: schema.indicatorValue.textValue })
    .from(schema.indicatorValue)
    .innerJoin(schema.indicator, eq(schema.indicator.id, schema.indicatorValue.indicatorId))
    .where(and(eq(schema.indicatorValue.pemdaId, pemdaId), eq(schema.indicator.planId, s.plan.id), eq(schema.indicatorValue.kind, 'target')));
  for (const v of values) known.set(`${v.id}|${v.period}`, v.value !== null ? Number(v.value) : v.text);
  const pagu = new Map<string, number | null>();
  const budgets = await tx
    .select({ id: schema.nodeBudget.nodeId, period: schema.nodeBudget.period, pagu: schema.nodeBudget.pagu })
    .from(schema.nodeBudget)
    .innerJoin(schema.planNode, eq(schema.planNode.id, schema.nodeBudget.nodeId))
    .where(and(eq(schema.nodeBudget.pemdaId, pemdaId), eq(schema.planNode.planId, s.plan.id)));
  for (const b of budgets) pagu.set(`${b.id}|${b.period}`, b.pagu);
  const under = underId ? (nodes.find((n) => n.id === underId) ?? null) : null;
  const used = new Set<string>();
  const stack: NodeRow[] = [];
  let current: NodeRow | null = null;

  const unitId = async (name: string | null): Promise<string | null> => {
    if (!name) return null;
    const found = units.find((u) => norm(u.name) === norm(name));
    if (found) return found.id;
    const [u] = await tx.insert(schema.unit).values({ pemdaId, opdId: s.opd.id, name }).returning();
    if (!u) throw new Error('unit not inserted');
    units.push(u);
    batch.audit({ action: 'create', entity: 'unit', entityId: u.id, after: u });
    return u.id;
  };

  for (const r of rows) {
    if (r.kind === 'heading' || r.kind === 'total') continue;
    const where = `baris ${r.row}`;
    if (r.kind !== 'indicator') {
      const kind = r.kind;
      while (stack.length > 0 && LEVEL[(stack[stack.length - 1] as NodeRow).kind as NodeKind] >= LEVEL[kind]) stack.pop();
      const parent = stack[stack.length - 1] ?? under;
      const match = nodes.find(
        (n) =>
          !used.has(n.id) &&
          n.kind === kind &&
          (r.code ? n.code === r.code : norm(n.name) === norm(r.name)) &&
          (parent ? n.parentId === parent.id : true),
      );
      const fields = {
        name: r.name ?? match?.name ?? '',
        code: r.code ?? match?.code ?? null,
        location: r.location ?? match?.location ?? null,
        unitId: match ? match.unitId : await unitId(r.responsible),
        raw: withFunding(match?.raw ?? null, r.funding ?? undefined),
      };
      if (match) {
        if (!same({ ...fields }, { name: match.name, code: match.code, location: match.location, unitId: match.unitId, raw: match.raw })) {
          const [after] = await tx.update(schema.planNode).set({ ...fields, lineageKey: nodeLineageKey({ kind, name: fields.name, code: fields.code }) }).where(eq(schema.planNode.id, match.id)).returning();
          batch.audit({ action: 'update', entity: 'plan_node', entityId: match.id, before: { ...match }, after, reason: 'tempel tabel' });
          Object.assign(match, after);
          counts.nodesUpdated++;
        }
        current = match;
      } else {
        try {
          checkPlacement(kind, parent ? { kind: parent.kind, code: parent.code } : null);
        } catch (e) {
          throw e instanceof KinerjaError ? new KinerjaError('invalid', e.message.replace(/^parentId: /, ''), where) : e;
        }
        const id = randomUUID();
        const row: NodeRow = {
          id, pemdaId, planId: s.plan.id, extId: null, kind, parentId: parent?.id ?? null, position: nodes.length, output: null, ...fields,
          lineageKey: nodeLineageKey({ kind, name: fields.name, code: fields.code }), printed: null, alternatives: null, extra: null, createdAt: new Date(),
        };
        const up = parent ? await ancestorsOf(parent.id) : [];
        batch.addNode(row, up);
        ancestry.set(id, [{ ancestorId: id, depth: 0 }, ...up.map((a) => ({ ancestorId: a.ancestorId, depth: a.depth + 1 }))]);
        batch.audit({ action: 'create', entity: 'plan_node', entityId: id, after: row, reason: 'tempel tabel' });
        nodes.push(row);
        counts.nodesAdded++;
        current = row;
      }
      used.add(current.id);
      stack.push(current);
      for (const [period, amount] of [[String(year), r.budget], [String(year + 1), r.budgetNext]] as const) {
        const key = `${current.id}|${period}`;
        if (amount === null || (pagu.get(key) ?? null) === amount) continue;
        batch.setPagu(current.id, period, pagu.get(key) ?? null, amount);
        pagu.set(key, amount);
        counts.valuesChanged++;
      }
    }
    if (!current) throw new KinerjaError('invalid', 'Indikator tanpa sasaran/program/kegiatan di atasnya.', where);
    if (!r.indicator) continue;
    const node: NodeRow = current;
    let ind = indicators.find((i) => i.nodeId === node.id && norm(i.name) === norm(r.indicator) && !used.has(i.id));
    const actions = r.action ? [{ text: r.action, ...(Object.keys(r.schedule).length > 0 ? { schedule: r.schedule } : {}) }] : undefined;
    const responsibleUnitId = await unitId(r.responsible);
    if (!ind) {
      const row: IndicatorRow = {
        id: randomUUID(), pemdaId, planId: s.plan.id, nodeId: node.id, extId: null, position: indicators.length, name: r.indicator, unit: r.unit,
        polarity: 'positive', aggregation: r.aggregation, iku: false, definition: null, formula: null, dataSource: null, responsibleUnitId,
        lineageKey: indicatorLineageKey(r.indicator), scheduleOverflow: null, comparisons: null, actions: actions ?? null, analysis: null,
        printed: null, alternatives: null, raw: null, extra: null, createdAt: new Date(),
      };
      batch.addIndicator(row);
      batch.audit({ action: 'create', entity: 'indicator', entityId: row.id, after: row, reason: 'tempel tabel' });
      indicators.push(row);
      ind = row;
      counts.indicatorsAdded++;
    } else {
      const patch = {
        unit: r.unit ?? ind.unit,
        responsibleUnitId: responsibleUnitId && responsibleUnitId !== (ind.responsibleUnitId ?? node.unitId) ? responsibleUnitId : ind.responsibleUnitId,
        actions: actions && (ind.actions as { text?: string }[] | null)?.[0]?.text !== r.action ? actions : ind.actions,
      };
      if (!same(patch, { unit: ind.unit, responsibleUnitId: ind.responsibleUnitId, actions: ind.actions })) {
        const [after] = await tx.update(schema.indicator).set(patch).where(eq(schema.indicator.id, ind.id)).returning();
        batch.audit({ action: 'update', entity: 'indicator', entityId: ind.id, before: { ...ind }, after, reason: 'tempel tabel' });
        counts.indicatorsUpdated++;
      }
    }
    used.add(ind.id);
    const values: [string, number | string | null][] = [[String(year), r.target], [String(year + 1), r.targetNext], ...Object.entries(r.schedule)];
    for (const [period, value] of values) {
      if (value === null) continue;
      const key = `${ind.id}|${period}`;
      const before = known.get(key) ?? null;
      const next = typeof value === 'string' && value.trim() === '' ? null : value;
      if (before === next) continue;
      batch.setValue(ind.id, 'target', period, before, next);
      known.set(key, next);
      counts.valuesChanged++;
    }
  }
  await batch.flush(tx, s.actor.id);
  return counts;
}
