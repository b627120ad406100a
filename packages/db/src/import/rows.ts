/** Builds the rows of one plan (nodes, closure, budgets, indicators, values, documents) from a dataset. */
import { randomUUID } from 'node:crypto';
import type { Dataset } from '@kinerja/domain';
import { DOCUMENT_KEYS, INDICATOR_KEYS, NODE_KEYS, VALUE_MAP_KEYS, VALUE_MAPS } from '../dataset-keys.ts';
import { indicatorLineageKey, nodeLineageKey } from '../lineage.ts';
import type { indicator, indicatorValue, nodeBudget, planDocument, planNode, planNodeClosure } from '../schema.ts';
import { shapeOf } from '../shape.ts';

export interface PlanRows {
  documents: (typeof planDocument.$inferInsert)[];
  nodes: (typeof planNode.$inferInsert)[];
  closure: (typeof planNodeClosure.$inferInsert)[];
  budgets: (typeof nodeBudget.$inferInsert)[];
  indicators: (typeof indicator.$inferInsert)[];
  values: (typeof indicatorValue.$inferInsert)[];
}

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/**
 * How imported documents get their status: `source` — a document the source shows as signed (it
 * has a signing date) is `signed`, the others `draft`; `draft` — every document a draft (a plan
 * that must stay editable, e.g. the demo's current year).
 */
export type ImportedStatus = 'source' | 'draft';

export const importedStatus = (doc: { signed?: string | null }, mode: ImportedStatus): 'signed' | 'draft' =>
  mode === 'source' && doc.signed ? 'signed' : 'draft';

export function buildPlanRows(d: Dataset, pemdaId: string, planId: string, unitIds: Map<string, string>, statusMode: ImportedStatus = 'source'): PlanRows {
  const unitRef = (ext: string | null | undefined): string | null => (ext ? (unitIds.get(ext) ?? null) : null);
  const nodeIds = new Map(d.nodes.map((n) => [n.id, randomUUID()] as const));
  const nodeRef = (ext: string | null | undefined): string | null => (ext ? (nodeIds.get(ext) ?? null) : null);
  const parents = new Map(d.nodes.map((n) => [n.id, n.parent ?? null] as const));

  const documents = d.documents.map((doc, position) => ({
    pemdaId,
    planId,
    extId: doc.id,
    kind: doc.kind,
    revision: orNull(doc.revision),
    status: importedStatus(doc, statusMode),
    signed: orNull(doc.signed),
    basis: orNull(doc.basis),
    extra: { ...shapeOf(doc, DOCUMENT_KEYS), position },
  }));

  const nodes = d.nodes.map((n, position) => ({
    id: nodeIds.get(n.id),
    pemdaId,
    planId,
    extId: n.id,
    kind: n.kind,
    parentId: nodeRef(n.parent),
    position,
    name: n.name,
    output: orNull(n.output),
    code: orNull(n.code),
    unitId: unitRef(n.unit),
    location: orNull(n.location),
    lineageKey: nodeLineageKey(n),
    printed: orNull(n.printed),
    alternatives: orNull(n.alternatives),
    raw: orNull(n.raw),
    extra: shapeOf(n, NODE_KEYS),
  }));

  const closure: PlanRows['closure'] = [];
  for (const n of d.nodes) {
    let depth = 0;
    for (let a: string | null | undefined = n.id; a; a = parents.get(a)) {
      closure.push({ pemdaId, ancestorId: nodeRef(a) ?? '', descendantId: nodeRef(n.id) ?? '', depth: depth++ });
    }
  }

  const budgets: PlanRows['budgets'] = [];
  for (const n of d.nodes) {
    const periods = new Set([...Object.keys(n.budget ?? {}), ...Object.keys(n.budget_realization ?? {})]);
    for (const period of periods) {
      budgets.push({
        pemdaId,
        nodeId: nodeRef(n.id) ?? '',
        period,
        pagu: orNull(n.budget?.[period]),
        realisasi: orNull(n.budget_realization?.[period]),
      });
    }
  }

  const indicators: PlanRows['indicators'] = [];
  const values: PlanRows['values'] = [];
  d.indicators.forEach((x, position) => {
    const id = randomUUID();
    indicators.push({
      id,
      pemdaId,
      planId,
      nodeId: nodeRef(x.node) ?? '',
      extId: x.id,
      position,
      name: x.name,
      unit: orNull(x.unit),
      polarity: orNull(x.polarity),
      aggregation: orNull(x.aggregation),
      iku: x.iku ?? false,
      definition: orNull(x.definition),
      formula: orNull(x.formula),
      dataSource: orNull(x.data_source),
      responsibleUnitId: unitRef(x.responsible),
      lineageKey: indicatorLineageKey(x.name),
      scheduleOverflow: orNull(x.schedule_overflow),
      comparisons: orNull(x.comparisons),
      actions: orNull(x.actions),
      analysis: orNull(x.analysis),
      printed: orNull(x.printed),
      alternatives: orNull(x.alternatives),
      raw: orNull(x.raw),
      extra: shapeOf(x, INDICATOR_KEYS),
    });
    for (const key of VALUE_MAP_KEYS) {
      for (const [period, v] of Object.entries(x[key] ?? {})) {
        values.push({
          pemdaId,
          indicatorId: id,
          kind: VALUE_MAPS[key],
          period,
          value: typeof v === 'number' ? String(v) : null,
          textValue: typeof v === 'string' ? v : null,
        });
      }
    }
  });

  return { documents, nodes, closure, budgets, indicators, values };
}
