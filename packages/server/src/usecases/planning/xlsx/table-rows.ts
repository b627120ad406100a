/**
 * The rows of a planning table from a plan (kinerja-dataset/1): the tree walked depth-first in
 * its order, one row per indicator (the first beside its node), numbered as the documents do
 * (`A.` sasaran, `1` program, `1.1.` kegiatan) or coded (Renja).
 */
import type { Dataset, DatasetIndicator, DatasetNode } from '@kinerja/domain';
import type { TableName } from './layouts.ts';
import { LAYOUTS } from './layouts.ts';

export type Cell = string | number | null;

const AGGREGATION: Record<string, string> = { cumulative: 'Kumulatif', last: 'Non Kumulatif (posisi akhir)', average: 'Rata-rata' };

function numberer() {
  let sasaran = 0;
  let program = 0;
  let kegiatan = 0;
  return (kind: string): string => {
    if (kind === 'sasaran') return `${String.fromCharCode(65 + sasaran++)}.`;
    if (kind === 'program') {
      kegiatan = 0;
      return String(++program);
    }
    if (kind === 'kegiatan') return `${program}.${++kegiatan}.`;
    return '';
  };
}

export function tableRows(d: Dataset, table: TableName, unitName: (id: string | null | undefined) => string | null): Cell[][] {
  const layout = LAYOUTS[table];
  const year = d.year;
  const renstraYears = d.renstra ? Array.from({ length: d.renstra.end - d.renstra.start + 1 }, (_, i) => String(d.renstra!.start + i)) : [];
  const children = new Map<string | null, DatasetNode[]>();
  for (const n of d.nodes) children.set(n.parent ?? null, [...(children.get(n.parent ?? null) ?? []), n]);
  const indicatorsOf = new Map<string, DatasetIndicator[]>();
  for (const i of d.indicators) indicatorsOf.set(i.node, [...(indicatorsOf.get(i.node) ?? []), i]);
  const number = numberer();
  const out: Cell[][] = [];
  const v = (x: number | string | undefined): Cell => (x === undefined ? null : x);

  const rowFor = (n: DatasetNode, i: DatasetIndicator | undefined, first: boolean, no: string): Cell[] => {
    const name = first ? n.name : null;
    const pj = unitName(i?.responsible ?? n.unit);
    const t = i?.targets ?? {};
    switch (table) {
      case 'renaksi':
        return [first ? no : null, name, i?.name ?? null, v(t[String(year)]), i?.unit ?? null, i?.actions?.[0]?.text ?? null,
          first ? v(n.budget?.[String(year)]) : null, pj, ...Array.from({ length: 12 }, (_, m) => v(t[`${year}-${String(m + 1).padStart(2, '0')}`]))];
      case 'renja': {
        const raw = typeof n.raw === 'object' && n.raw !== null ? (n.raw as Record<string, unknown>) : {};
        return [first ? (n.code ?? null) : null, name, i?.name ?? null, first ? (n.location ?? null) : null, v(t[String(year)]), i?.unit ?? null,
          first ? v(n.budget?.[String(year)]) : null, first && typeof raw.sumber_dana === 'string' ? raw.sumber_dana : null, null,
          v(t[String(year + 1)]), first ? v(n.budget?.[String(year + 1)]) : null];
      }
      case 'pk':
        return [first ? no : null, name, i?.name ?? null, v(t[String(year)]), i?.unit ?? null, first ? v(n.budget?.[String(year)]) : null];
      case 'iku':
        return [first ? no : null, name, i?.name ?? null, i?.definition ?? null, i?.formula ?? null, i?.aggregation ? (AGGREGATION[i.aggregation] ?? null) : null,
          i?.data_source ?? null, pj, i?.unit ?? null, v(t[String(year)])];
      case 'renstra': {
        const base = i?.baseline ? Object.values(i.baseline).pop() : undefined;
        return [first ? no : null, name, i?.name ?? null, i?.unit ?? null, v(base), ...renstraYears.map((y) => v(i?.renstra_targets?.[y]))];
      }
    }
  };

  const walk = (parent: string | null) => {
    for (const n of children.get(parent) ?? []) {
      if (layout.kinds.includes(n.kind)) {
        const inds = (indicatorsOf.get(n.id) ?? []).filter((i) => table !== 'iku' || i.iku);
        if (table !== 'iku' || inds.length > 0) {
          const no = number(n.kind);
          if (inds.length === 0) out.push(rowFor(n, undefined, true, no));
          inds.forEach((i, k) => out.push(rowFor(n, i, k === 0, no)));
        }
      }
      walk(n.id);
    }
  };
  walk(null);
  return out;
}
