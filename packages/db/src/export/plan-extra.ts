/** Reads what `plan.extra` keeps of an imported file (written by import/import-dataset.ts). */
import { isShape, type Shape } from '../shape.ts';

export interface PlanExtra {
  shape: Shape | undefined;
  pemda: Record<string, unknown> | undefined;
  opd: Record<string, unknown> | undefined;
  renstraMore: Record<string, unknown>;
  units: { unitId: string; unit: Record<string, unknown> & { id: string } }[] | undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function readPlanExtra(extra: unknown): PlanExtra {
  if (!isRecord(extra)) return { shape: undefined, pemda: undefined, opd: undefined, renstraMore: {}, units: undefined };
  const units = Array.isArray(extra.units)
    ? extra.units.filter(
        (u): u is PlanExtra['units'] extends (infer T)[] | undefined ? T : never =>
          isRecord(u) && typeof u.unitId === 'string' && isRecord(u.unit) && typeof u.unit.id === 'string',
      )
    : undefined;
  return {
    shape: isShape(extra) ? extra : undefined,
    pemda: isRecord(extra.pemda) ? extra.pemda : undefined,
    opd: isRecord(extra.opd) ? extra.opd : undefined,
    renstraMore: isRecord(extra.renstraMore) ? extra.renstraMore : {},
    units,
  };
}
