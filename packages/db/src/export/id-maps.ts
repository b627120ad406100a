/** How database ids become the ids of an exported file: the file's own (`ext`) or the uuids (`stored`). */
import type { LoadedPlan } from './load-plan.ts';
import type { PlanExtra } from './plan-extra.ts';

export type IdMode = 'ext' | 'stored';

export interface IdMaps {
  node(uuid: string | null): string | null;
  unit(uuid: string | null): string | null;
  /** a unit id of the file (`U1`) as exported */
  unitExt(ext: string | null | undefined): string | null;
  indicator(uuid: string): string;
  document(uuid: string): string;
  /** a finding's `ref` (a file id) as exported; entries of evaluations/profile stay */
  ref(ext: string): string;
}

export function idMaps(p: LoadedPlan, extra: PlanExtra, mode: IdMode): IdMaps {
  const unitUuidToExt = new Map<string, string>();
  const unitExtToUuid = new Map<string, string>();
  for (const u of extra.units ?? []) {
    if (!unitUuidToExt.has(u.unitId)) unitUuidToExt.set(u.unitId, u.unit.id);
    unitExtToUuid.set(u.unit.id, u.unitId);
  }
  const nodeExt = new Map(p.nodes.map((n) => [n.id, n.extId ?? n.id] as const));
  const indExt = new Map(p.indicators.map((i) => [i.id, i.extId ?? i.id] as const));
  const docExt = new Map(p.documents.map((d) => [d.id, d.extId ?? d.id] as const));
  const extToUuid = new Map<string, string>(unitExtToUuid);
  for (const m of [nodeExt, indExt, docExt]) for (const [uuid, ext] of m) extToUuid.set(ext, uuid);

  if (mode === 'stored') {
    return {
      node: (id) => id,
      unit: (id) => id,
      unitExt: (ext) => (ext ? (unitExtToUuid.get(ext) ?? ext) : null),
      indicator: (id) => id,
      document: (id) => id,
      ref: (ext) => extToUuid.get(ext) ?? ext,
    };
  }
  return {
    node: (id) => (id ? (nodeExt.get(id) ?? id) : null),
    unit: (id) => (id ? (unitUuidToExt.get(id) ?? id) : null),
    unitExt: (ext) => ext ?? null,
    indicator: (id) => indExt.get(id) ?? id,
    document: (id) => docExt.get(id) ?? id,
    ref: (ext) => ext,
  };
}
