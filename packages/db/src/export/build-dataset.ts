/**
 * Rebuilds a kinerja-dataset/1 object from the rows of one plan, in the file's order: arrays keep
 * the file's order, and the keys of documents, units, nodes, indicators and the top level come
 * back in the file's order too (each row's `extra` keeps its Shape). `export(import(f))`
 * deep-equals `f`. Two normalisations, neither changing a value: the keys of period maps come in
 * canonical period order (year, months, quarters, semesters), and objects stored whole as JSON
 * (`printed`, `raw`, `evaluations`, …) come back in jsonb key order.
 */
import { DATASET_FORMAT, type Dataset } from '@kinerja/domain';
import { DOCUMENT_KEYS, INDICATOR_KEYS, NODE_KEYS, PLAN_KEYS, VALUE_MAPS, VALUE_MAP_KEYS } from '../dataset-keys.ts';
import type { opd, pemda } from '../schema.ts';
import { assemble, shapeIn } from '../shape.ts';
import { idMaps, type IdMode } from './id-maps.ts';
import type { LoadedPlan } from './load-plan.ts';
import { comparePeriodKeys } from './periods.ts';
import { readPlanExtra } from './plan-extra.ts';

type Row<T> = Record<string, T>;

/** A period map in canonical period order; `undefined` when empty. */
function periodMap<T>(entries: [string, T][]): Row<T> | undefined {
  if (entries.length === 0) return undefined;
  entries.sort(([a], [b]) => comparePeriodKeys(a, b));
  return Object.fromEntries(entries);
}

/** A shaped object shows an empty map as `{}` when the file had the key. */
const mapOrEmpty = <T>(m: Row<T> | undefined, shaped: boolean): Row<T> | undefined => m ?? (shaped ? {} : undefined);

/** The node's period maps, kept even when the source file had no such key. */
const NODE_MAPS = ['budget', 'budget_realization'] as const;

const docPosition = (extra: unknown): number => {
  const p = (extra as { position?: unknown } | null)?.position;
  return typeof p === 'number' ? p : Number.MAX_SAFE_INTEGER;
};

export function buildDataset(
  p: LoadedPlan,
  pemdaRow: typeof pemda.$inferSelect,
  opdRow: typeof opd.$inferSelect,
  mode: IdMode,
): Dataset {
  const extra = readPlanExtra(p.plan.extra);
  const ids = idMaps(p, extra, mode);
  const unitName = new Map(p.units.map((u) => [u.id, u.name] as const));

  const units = extra.units
    ? extra.units.map(({ unitId, unit }) => ({
        ...unit,
        id: mode === 'stored' ? unitId : unit.id,
        name: unitName.get(unitId) ?? unit.name,
        ...('parent' in unit ? { parent: ids.unitExt(typeof unit.parent === 'string' ? unit.parent : null) } : {}),
      }))
    : p.units.map((u) => ({ id: ids.unit(u.id), name: u.name, parent: ids.unit(u.parentId) }));

  const documents = [...p.documents]
    .sort((a, b) => docPosition(a.extra) - docPosition(b.extra))
    .map((d) =>
      assemble(
        shapeIn(d.extra),
        { id: ids.document(d.id), kind: d.kind, revision: d.revision, signed: d.signed, basis: d.basis },
        DOCUMENT_KEYS,
      ),
    );

  const budgetsOf = new Map<string, LoadedPlan['budgets']>();
  for (const b of p.budgets) budgetsOf.set(b.nodeId, [...(budgetsOf.get(b.nodeId) ?? []), b]);
  const nodes = p.nodes.map((n) => {
    const shape = shapeIn(n.extra);
    const rows = budgetsOf.get(n.id) ?? [];
    const pagu = periodMap(rows.flatMap((b) => (b.pagu === null ? [] : [[b.period, b.pagu] as [string, number]])));
    const real = periodMap(rows.flatMap((b) => (b.realisasi === null ? [] : [[b.period, b.realisasi] as [string, number]])));
    return assemble(
      shape,
      {
        id: ids.node(n.id),
        kind: n.kind,
        parent: ids.node(n.parentId),
        name: n.name,
        output: n.output,
        code: n.code,
        unit: ids.unit(n.unitId),
        budget: mapOrEmpty(pagu, !!shape),
        budget_realization: mapOrEmpty(real, !!shape),
        location: n.location,
        printed: n.printed,
        alternatives: n.alternatives,
        raw: n.raw,
      },
      NODE_KEYS,
      NODE_MAPS,
    );
  });

  const valuesOf = new Map<string, LoadedPlan['values']>();
  for (const v of p.values) valuesOf.set(v.indicatorId, [...(valuesOf.get(v.indicatorId) ?? []), v]);
  const indicators = p.indicators.map((x) => {
    const shape = shapeIn(x.extra);
    const vals = valuesOf.get(x.id) ?? [];
    const maps: Row<Row<number | string> | undefined> = {};
    for (const key of VALUE_MAP_KEYS) {
      const m = periodMap(
        vals
          .filter((v) => v.kind === VALUE_MAPS[key])
          .map((v): [string, number | string] => [v.period, v.value !== null ? Number(v.value) : (v.textValue ?? '')]),
      );
      maps[key] = mapOrEmpty(m, !!shape);
    }
    return assemble(
      shape,
      {
        id: ids.indicator(x.id),
        node: ids.node(x.nodeId),
        name: x.name,
        unit: x.unit,
        polarity: x.polarity,
        aggregation: x.aggregation,
        iku: x.iku,
        definition: x.definition,
        formula: x.formula,
        data_source: x.dataSource,
        responsible: ids.unit(x.responsibleUnitId),
        ...maps,
        schedule_overflow: x.scheduleOverflow,
        comparisons: x.comparisons,
        actions: x.actions,
        analysis: x.analysis,
        printed: x.printed,
        alternatives: x.alternatives,
        raw: x.raw,
      },
      INDICATOR_KEYS,
      VALUE_MAP_KEYS,
    );
  });

  const findings = Array.isArray(p.plan.findings)
    ? (p.plan.findings as Row<unknown>[]).map((f) => (typeof f.ref === 'string' ? { ...f, ref: ids.ref(f.ref) } : f))
    : [];
  const renstra =
    p.plan.renstraStart !== null && p.plan.renstraEnd !== null
      ? { start: p.plan.renstraStart, end: p.plan.renstraEnd, ...extra.renstraMore }
      : null;
  const top = assemble(
    extra.shape,
    {
      format: DATASET_FORMAT,
      source: p.plan.source,
      pemda: extra.pemda ?? { name: pemdaRow.name, province: pemdaRow.province },
      opd: extra.opd ?? { name: opdRow.name, abbr: opdRow.abbr, address: opdRow.address, head: opdRow.head },
      year: p.plan.year,
      renstra,
      documents,
      units,
      nodes,
      indicators,
      evaluations: p.plan.evaluations,
      profile: p.plan.profile,
      findings,
    },
    PLAN_KEYS,
  );
  return top as Dataset;
}
