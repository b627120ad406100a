/**
 * Who sees and writes which monitoring rows, composed from `can` (permissions.ts): a row belongs
 * to a unit (the indicator's responsible unit, else the nearest unit up its node's branch).
 */
import { can, type SessionUser } from '../../permissions.ts';

export interface RowResource {
  pemdaId: string;
  opdId: string;
  unitId: string | null;
}

/** Pemda-wide readers, the OPD's verifier and approver, and the operator of the row's unit. */
export function canReadRow(user: SessionUser, r: RowResource): boolean {
  return (
    can(user, 'plan.read', { pemdaId: r.pemdaId }) ||
    can(user, 'realisasi.verify', { pemdaId: r.pemdaId, opdId: r.opdId }) ||
    can(user, 'realisasi.approve', { pemdaId: r.pemdaId, opdId: r.opdId }) ||
    can(user, 'realisasi.enter', r)
  );
}

export const canEnterRow = (user: SessionUser, r: RowResource): boolean => can(user, 'realisasi.enter', r);

/** The unit of each node: its own, else the nearest ancestor's. */
export function nodeUnits(nodes: readonly { id: string; parentId: string | null; unitId: string | null }[]): Map<string, string | null> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out = new Map<string, string | null>();
  const resolve = (id: string, seen: Set<string>): string | null => {
    const known = out.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id);
    if (!n || seen.has(id)) return null;
    seen.add(id);
    const unit = n.unitId ?? (n.parentId ? resolve(n.parentId, seen) : null);
    out.set(id, unit);
    return unit;
  };
  for (const n of nodes) resolve(n.id, new Set());
  return out;
}
