/** The IKU sheet rows (seed 002 layout): the OPD's key indicators with what each needs to be measured. */
import type { Dataset } from '@kinerja/domain';

export interface IkuRow {
  id: string;
  sasaran: string;
  indicator: string;
  definition: string | null;
  formula: string | null;
  source: string | null;
  unit: string | null;
  polarity: string | null;
  aggregation: string | null;
  /** the unit's name, with the jabatan when the source names it */
  pj: string | null;
}

export function ikuRows(d: Dataset): IkuRow[] {
  const nodes = new Map(d.nodes.map((n) => [n.id, n]));
  const units = new Map(d.units.map((u) => [u.id, u]));
  return d.indicators
    .filter((i) => i.iku)
    .map((i) => {
      const u = i.responsible ? units.get(i.responsible) : undefined;
      const position = typeof u?.position === 'string' ? u.position : null;
      return {
        id: i.id,
        sasaran: nodes.get(i.node)?.name ?? '',
        indicator: i.name,
        definition: i.definition ?? null,
        formula: i.formula ?? null,
        source: i.data_source ?? null,
        unit: i.unit ?? null,
        polarity: i.polarity ?? null,
        aggregation: i.aggregation ?? null,
        pj: u ? (position && position !== u.name ? `${position} (${u.name})` : u.name) : (i.responsible ?? null),
      };
    });
}
