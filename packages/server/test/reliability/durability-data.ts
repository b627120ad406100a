/**
 * The data of the durability test: a synthetic OPD plan (bench generator) without realisations, an
 * operator per unit and an admin, prepared in-process before the server starts; then what the
 * database holds after the crash, read back in-process after a clean stop.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import { importDataset, schema, slugify, systemActor, type Db } from '@kinerja/db';
import { uniqueSlug } from '@kinerja/db/testing';
import type { Dataset } from '@kinerja/domain';
import { generateOpdDataset } from '../../../../bench/generate.ts';
import { hashPassword } from '../../src/auth/password.ts';

export const PASSWORD = 'tahan-banting-123';
export const YEAR = 2025;

export interface Prepared {
  pemdaId: string;
  pemdaSlug: string;
  pemdaName: string;
  opdSlug: string;
  planId: string;
  /** the plan's indicators: id and responsible unit id */
  indicators: { id: string; unitId: string | null }[];
  /** operator username per unit id */
  operators: Map<string, string>;
  admin: string;
}

/** An OPD dataset of this Pemda (the admin imports more of them during the load). */
export function opdDataset(pemdaName: string, opdIndex: number, indicators: number, withRealisations: boolean): Dataset {
  const d = generateOpdDataset(0, opdIndex, { indicators, year: YEAR });
  const ind = withRealisations ? d.indicators : d.indicators.map(({ realizations: _r, ...i }) => i);
  return { ...d, pemda: { ...d.pemda, name: pemdaName }, indicators: ind };
}

export async function prepare(db: Db): Promise<Prepared> {
  const pemdaName = `Kabupaten Tahan Banting ${uniqueSlug('d')}`;
  const r = await importDataset(db, opdDataset(pemdaName, 6, 40, false), { actor: systemActor });
  const units = await db.select().from(schema.unit).where(eq(schema.unit.opdId, r.opdId));
  const passwordHash = await hashPassword(PASSWORD);
  const operators = new Map<string, string>();
  const addUser = async (username: string, role: string, opdId: string | null, unitId: string | null): Promise<void> => {
    const [u] = await db.insert(schema.appUser).values({ pemdaId: r.pemdaId, username, displayName: username, passwordHash }).returning();
    if (!u) throw new Error('no user');
    await db.insert(schema.roleAssignment).values({ pemdaId: r.pemdaId, userId: u.id, role, opdId, unitId });
  };
  for (const u of units) {
    const username = `op-${u.id.slice(0, 8)}-${r.pemdaSlug}`;
    await addUser(username, 'operator', r.opdId, u.id);
    operators.set(u.id, username);
  }
  const admin = `admin-${r.pemdaSlug}`;
  await addUser(admin, 'admin_pemda', null, null);
  const inds = await db
    .select({ id: schema.indicator.id, unitId: schema.indicator.responsibleUnitId })
    .from(schema.indicator)
    .where(eq(schema.indicator.planId, r.planId));
  return { pemdaId: r.pemdaId, pemdaSlug: r.pemdaSlug, pemdaName, opdSlug: r.opdSlug, planId: r.planId, indicators: inds, operators, admin };
}

export interface StoredRealisasi {
  id: string;
  indicatorId: string;
  period: string;
  value: string | null;
  audits: number;
}

/** Every realisation of the plan with the number of audit rows that name it. */
export async function storedRealisasi(db: Db, p: Prepared): Promise<StoredRealisasi[]> {
  const v = schema.indicatorValue;
  const rows = await db
    .select({ id: v.id, indicatorId: v.indicatorId, period: v.period, value: v.value })
    .from(v)
    .where(and(eq(v.pemdaId, p.pemdaId), eq(v.kind, 'realization'), inArray(v.indicatorId, p.indicators.map((i) => i.id))));
  const audits = await auditCounts(db, p.pemdaId, 'realisasi');
  return rows.map((r) => ({ ...r, audits: audits.get(r.id) ?? 0 }));
}

export async function auditCounts(db: Db, pemdaId: string, entity: string): Promise<Map<string, number>> {
  const a = schema.auditLog;
  const rows = await db
    .select({ entityId: a.entityId, n: sql<number>`count(*)` })
    .from(a)
    .where(and(eq(a.pemdaId, pemdaId), eq(a.entity, entity)))
    .groupBy(a.entityId);
  return new Map(rows.map((r) => [r.entityId ?? '', Number(r.n)]));
}

export interface StoredPlan {
  opdSlug: string;
  planId: string;
  nodes: number;
  indicators: number;
  values: number;
  audits: number;
}

/** The plans of the Pemda other than the prepared one, with their row counts and audit rows. */
export async function storedPlans(db: Db, p: Prepared): Promise<StoredPlan[]> {
  const rows = (await db.execute(sql`
    select o.slug as opd_slug, pl.id as plan_id,
      (select count(*) from plan_node n where n.plan_id = pl.id) as nodes,
      (select count(*) from indicator i where i.plan_id = pl.id) as indicators,
      (select count(*) from indicator_value v join indicator i on i.id = v.indicator_id where i.plan_id = pl.id) as "values"
    from plan pl join opd o on o.id = pl.opd_id
    where pl.pemda_id = ${p.pemdaId} and pl.id <> ${p.planId}`)) as unknown as {
    rows: { opd_slug: string; plan_id: string; nodes: string | number; indicators: string | number; values: string | number }[];
  };
  const audits = await auditCounts(db, p.pemdaId, 'plan');
  return rows.rows.map((r) => ({
    opdSlug: r.opd_slug,
    planId: r.plan_id,
    nodes: Number(r.nodes),
    indicators: Number(r.indicators),
    values: Number(r.values),
    audits: audits.get(r.plan_id) ?? 0,
  }));
}

/** OPD rows of the Pemda without any plan: what a half-applied import would leave. */
export async function opdWithoutPlan(db: Db, pemdaId: string): Promise<string[]> {
  const r = (await db.execute(
    sql`select o.slug from opd o where o.pemda_id = ${pemdaId} and not exists (select 1 from plan pl where pl.opd_id = o.id)`,
  )) as unknown as { rows: { slug: string }[] };
  return r.rows.map((x) => x.slug);
}

export const expectedCounts = (d: Dataset): { nodes: number; indicators: number; values: number } => ({
  nodes: d.nodes.length,
  indicators: d.indicators.length,
  values: d.indicators.reduce(
    (a, i) => a + Object.keys(i.targets ?? {}).length + Object.keys(i.realizations ?? {}).length + Object.keys(i.baseline ?? {}).length + Object.keys(i.renstra_targets ?? {}).length,
    0,
  ),
});

export const opdSlugOf = (d: Dataset): string => slugify(d.opd.abbr || d.opd.name);
