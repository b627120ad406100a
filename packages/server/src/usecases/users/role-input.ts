/** Role grants as the API receives them (`{ role, opd?: slug, unit?: id }`), checked against the Pemda. */
import { and, eq } from 'drizzle-orm';
import { schema, type Executor } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import { z } from 'zod/v4';
import { ROLES, type Role } from '../../permissions.ts';
import { messages } from '../../messages.ts';

export const roleInput = z
  .object({
    role: z.enum(ROLES),
    opd: z.string().trim().min(1).max(80).optional(),
    unit: z.uuid().optional(),
  })
  .strict();
export type RoleInput = z.output<typeof roleInput>;

export interface ResolvedGrant {
  role: Role;
  opdId: string | null;
  unitId: string | null;
}

const PEMDA_WIDE: readonly Role[] = ['admin_pemda', 'evaluator'];

export async function resolveGrants(tx: Executor, pemdaId: string, roles: RoleInput[]): Promise<ResolvedGrant[]> {
  const out: ResolvedGrant[] = [];
  for (const [i, r] of roles.entries()) {
    const at = `roles.${i}`;
    if (r.role === 'superadmin') throw new KinerjaError('invalid', messages.roleNotAllowed(r.role), `${at}.role`);
    if (PEMDA_WIDE.includes(r.role)) {
      if (r.opd || r.unit) throw new KinerjaError('invalid', messages.roleNoOpd(r.role), `${at}.opd`);
      out.push({ role: r.role, opdId: null, unitId: null });
      continue;
    }
    if (!r.opd) throw new KinerjaError('invalid', messages.roleNeedsOpd(r.role), `${at}.opd`);
    const [o] = await tx
      .select({ id: schema.opd.id })
      .from(schema.opd)
      .where(and(eq(schema.opd.pemdaId, pemdaId), eq(schema.opd.slug, r.opd)));
    if (!o) throw new KinerjaError('invalid', messages.opdNotFound, `${at}.opd`);
    if (r.role !== 'operator') {
      if (r.unit) throw new KinerjaError('invalid', messages.invalidField, `${at}.unit`);
      out.push({ role: r.role, opdId: o.id, unitId: null });
      continue;
    }
    if (!r.unit) throw new KinerjaError('invalid', messages.roleNeedsUnit, `${at}.unit`);
    const [u] = await tx
      .select({ id: schema.unit.id })
      .from(schema.unit)
      .where(and(eq(schema.unit.pemdaId, pemdaId), eq(schema.unit.opdId, o.id), eq(schema.unit.id, r.unit)));
    if (!u) throw new KinerjaError('invalid', messages.unitNotFound, `${at}.unit`);
    out.push({ role: r.role, opdId: o.id, unitId: u.id });
  }
  return out;
}

export async function replaceGrants(tx: Executor, pemdaId: string, userId: string, grants: ResolvedGrant[]): Promise<void> {
  await tx.delete(schema.roleAssignment).where(eq(schema.roleAssignment.userId, userId));
  if (grants.length > 0) await tx.insert(schema.roleAssignment).values(grants.map((g) => ({ ...g, pemdaId, userId })));
}
