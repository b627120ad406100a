/** Test helpers: a fresh Pemda with OPD, units and users of every role, and HTTP calls with a session. */
import { readFileSync } from 'node:fs';
import { schema, type Db } from '@kinerja/db';
import { uniqueSlug } from '@kinerja/db/testing';
import type { Hono } from 'hono';
import { hashPassword } from '../src/auth/password.ts';
import type { AppEnv } from '../src/http/context.ts';
import type { Role } from '../src/permissions.ts';

/** A demo fixture as a dataset of another Pemda (the import names its Pemda by name). */
export function fixtureFor(file: string, pemdaName: string): Record<string, unknown> {
  const d = JSON.parse(readFileSync(new URL(`../../../demo/${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;
  return { ...d, pemda: { ...(d.pemda as object), name: pemdaName } };
}

export const PASSWORD = 'rahasia-uji-123';
let passwordHash: Promise<string> | undefined;
const hashed = (): Promise<string> => (passwordHash ??= hashPassword(PASSWORD));

export interface Tenant {
  pemda: { id: string; slug: string; name: string };
  opd: { id: string; slug: string };
  otherOpd: { id: string; slug: string };
  unit: { id: string; name: string };
  planYear: number;
  planId: string;
  /** the plan's sasaran node and its indicator (Nilai SAKIP, target 2025 = 71,51) */
  nodeId: string;
  indicatorId: string;
  /** username per role: `<role>-<pemda slug>` */
  users: Record<Exclude<Role, 'superadmin'>, { id: string; username: string }>;
}

async function insertUser(db: Db, pemdaId: string | null, username: string, grant: { role: Role; opdId?: string; unitId?: string }) {
  const [u] = await db
    .insert(schema.appUser)
    .values({ pemdaId, username, displayName: username, passwordHash: await hashed() })
    .returning();
  if (!u) throw new Error('no user');
  await db.insert(schema.roleAssignment).values({ pemdaId, userId: u.id, role: grant.role, opdId: grant.opdId ?? null, unitId: grant.unitId ?? null });
  return { id: u.id, username };
}

export async function createSuperadmin(db: Db): Promise<string> {
  const username = uniqueSlug('super');
  await insertUser(db, null, username, { role: 'superadmin' });
  return username;
}

/** A Pemda with OPD `bkpsdm` (unit "Bidang Uji", a 2025 plan with one sasaran and indicator) and OPD `dinkes`. */
export async function createTenant(db: Db, prefix = 't'): Promise<Tenant> {
  const slug = uniqueSlug(`kabupaten-${prefix}`);
  const name = `Kabupaten ${slug.slice('kabupaten-'.length).replace('-', ' ')}`;
  const [p] = await db.insert(schema.pemda).values({ slug, name, province: 'Kalimantan Timur' }).returning();
  if (!p) throw new Error('no pemda');
  const [o] = await db.insert(schema.opd).values({ pemdaId: p.id, slug: 'bkpsdm', name: 'Badan Kepegawaian', abbr: 'BKPSDM' }).returning();
  const [o2] = await db.insert(schema.opd).values({ pemdaId: p.id, slug: 'dinkes', name: 'Dinas Kesehatan', abbr: 'Dinkes' }).returning();
  if (!o || !o2) throw new Error('no opd');
  const [u] = await db.insert(schema.unit).values({ pemdaId: p.id, opdId: o.id, name: 'Bidang Uji' }).returning();
  if (!u) throw new Error('no unit');
  const [plan] = await db
    .insert(schema.plan)
    .values({ pemdaId: p.id, opdId: o.id, year: 2025, renstraStart: 2021, renstraEnd: 2026 })
    .returning();
  if (!plan) throw new Error('no plan');
  const [node] = await db
    .insert(schema.planNode)
    .values({ pemdaId: p.id, planId: plan.id, extId: 'S1', kind: 'sasaran', name: 'Meningkatnya akuntabilitas kinerja' })
    .returning();
  if (!node) throw new Error('no node');
  await db.insert(schema.nodeBudget).values({ pemdaId: p.id, nodeId: node.id, period: '2025', pagu: 18_953_949_068, realisasi: 9_476_974_534 });
  const [ind] = await db
    .insert(schema.indicator)
    .values({ pemdaId: p.id, planId: plan.id, nodeId: node.id, extId: 'S1.I1', name: 'Nilai SAKIP BKPSDM', unit: 'nilai', polarity: 'positive', aggregation: 'last', iku: true })
    .returning();
  if (!ind) throw new Error('no indicator');
  await db.insert(schema.indicatorValue).values([
    { pemdaId: p.id, indicatorId: ind.id, kind: 'target', period: '2025', value: '71.51' },
    { pemdaId: p.id, indicatorId: ind.id, kind: 'realization', period: '2025-Q1', value: '70' },
  ]);
  const mk = (role: Exclude<Role, 'superadmin'>, g: { opdId?: string; unitId?: string }) => insertUser(db, p.id, `${role.replace('_', '-')}-${slug}`, { role, ...g });
  const users = {
    admin_pemda: await mk('admin_pemda', {}),
    evaluator: await mk('evaluator', {}),
    admin_opd: await mk('admin_opd', { opdId: o.id }),
    operator: await mk('operator', { opdId: o.id, unitId: u.id }),
    pimpinan: await mk('pimpinan', { opdId: o.id }),
  };
  return {
    pemda: { id: p.id, slug: p.slug, name: p.name },
    opd: { id: o.id, slug: o.slug },
    otherOpd: { id: o2.id, slug: o2.slug },
    unit: { id: u.id, name: u.name },
    planYear: 2025,
    planId: plan.id,
    nodeId: node.id,
    indicatorId: ind.id,
    users,
  };
}

export interface Session {
  cookie: string;
  csrf: string;
}

type App = Hono<AppEnv>;

export async function login(app: App, username: string, password = PASSWORD): Promise<Session> {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const body = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: body.csrfToken };
}

export function call(app: App, method: string, path: string, s?: Session | null, body?: unknown, extraHeaders: Record<string, string> = {}) {
  const headers: Record<string, string> = { ...extraHeaders };
  if (s) {
    headers.cookie = s.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = s.csrf;
  }
  if (body !== undefined) headers['content-type'] = 'application/json';
  return app.request(path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
}
