/**
 * DEV ONLY. A tiny in-memory stand-in for the server of docs/api-contract.md, fed by the demo
 * datasets in /demo. Used by `KINERJA_MOCK=1 npm run dev -w @kinerja/web` and by the screenshot
 * script when no server runs. Never bundled into the app.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Me, Opd, Pemda, PlanView, Role, User } from '../src/api/types.ts';
import { datasetToPlanView } from './plan-view.ts';

export interface MockAnswer {
  status: number;
  body: unknown;
  /** a session to set (login) or clear (null, logout) in the `mock_session` cookie */
  session?: string | null;
}

/** The `mock_session` value of a Cookie header. */
export const sessionOfCookie = (cookie: string | undefined): string | undefined => /(?:^|;\s*)mock_session=([^;]+)/.exec(cookie ?? '')?.[1];

interface MockUser extends User {
  password: string;
  pemda: string | null;
}

const DEMO_DIR = fileURLToPath(new URL('../../../demo', import.meta.url));
const PEMDA_NAMES: Record<string, { name: string; province: string }> = {
  'kabupaten-paser': { name: 'Kabupaten Paser', province: 'Kalimantan Timur' },
  'kabupaten-kutai-kartanegara': { name: 'Kabupaten Kutai Kartanegara', province: 'Kalimantan Timur' },
};

const problem = (status: number, code: string, title: string, where?: string): MockAnswer => ({
  status,
  body: { type: 'about:blank', title, status, code, where },
});

export function createMockApi(demoDir = DEMO_DIR) {
  const pemdaList: Pemda[] = [];
  const opdByPemda = new Map<string, Opd[]>();
  const plans = new Map<string, PlanView>();
  for (const slug of readdirSync(demoDir)) {
    const meta = PEMDA_NAMES[slug] ?? { name: slug, province: '' };
    pemdaList.push({ id: `pemda-${slug}`, slug, name: meta.name, province: meta.province });
    const opds: Opd[] = [];
    for (const file of readdirSync(join(demoDir, slug)).filter((f) => f.endsWith('.json'))) {
      const data = JSON.parse(readFileSync(join(demoDir, slug, file), 'utf8')) as Record<string, unknown>;
      const o = data.opd as { name: string; abbr?: string };
      const opdSlug = (o.abbr ?? o.name).toLowerCase().replace(/[^a-z0-9]+/g, '-');
      let opd = opds.find((x) => x.slug === opdSlug);
      if (!opd) {
        opd = { id: `opd-${slug}-${opdSlug}`, slug: opdSlug, name: o.name, abbr: o.abbr ?? null, years: [], units: [] };
        opds.push(opd);
      }
      const view = datasetToPlanView(data, { slug, name: meta.name }, opdSlug);
      opd.years = [...opd.years, view.year].sort();
      opd.units = view.units;
      plans.set(`${slug}/${opdSlug}/${view.year}`, view);
    }
    opdByPemda.set(slug, opds);
  }

  const role = (r: Role, opd?: string, pemda = 'kabupaten-paser') => {
    const o = opd ? opdByPemda.get(pemda)?.find((x) => x.slug === opd) : undefined;
    return { role: r, opd: o ? { slug: o.slug, name: o.name } : null, unit: null };
  };
  const users: MockUser[] = [
    { id: 'u1', username: 'perencana-paser', displayName: 'Perencana BKPSDM Paser', disabled: false, password: 'kinerja-demo', pemda: 'kabupaten-paser', roles: [role('admin_opd', 'bkpsdm')] },
    { id: 'u2', username: 'pimpinan-paser', displayName: 'Kepala BKPSDM Paser', disabled: false, password: 'kinerja-demo', pemda: 'kabupaten-paser', roles: [role('pimpinan', 'bkpsdm')] },
    { id: 'u3', username: 'admin-paser', displayName: 'Admin Pemda Paser', disabled: false, password: 'kinerja-demo', pemda: 'kabupaten-paser', roles: [role('admin_pemda')] },
    { id: 'u4', username: 'evaluator-paser', displayName: 'Inspektorat Paser', disabled: false, password: 'kinerja-demo', pemda: 'kabupaten-paser', roles: [role('evaluator')] },
    { id: 'u6', username: 'superadmin', displayName: 'Super Admin', disabled: false, password: 'kinerja-demo', pemda: null, roles: [{ role: 'superadmin', opd: null, unit: null }] },
    { id: 'u7', username: 'operator-paser', displayName: 'Operator Bidang Pengadaan BKPSDM Paser', disabled: false, password: 'kinerja-demo', pemda: 'kabupaten-paser', roles: [role('operator', 'bkpsdm')] },
    { id: 'u5', username: 'admin-kukar', displayName: 'Admin Pemda Kukar', disabled: false, password: 'kinerja-demo', pemda: 'kabupaten-kutai-kartanegara', roles: [role('admin_pemda')] },
  ];
  const sessions = new Map<string, MockUser>();

  const meOf = (u: MockUser): Me => {
    const p = pemdaList.find((x) => x.slug === u.pemda);
    return { id: u.id, username: u.username, displayName: u.displayName, pemda: p ? { id: p.id, slug: p.slug, name: p.name } : null, roles: u.roles };
  };
  let current: MockUser | null = null;
  const visible = (pemda: string) => current !== null && (current.pemda === null || current.pemda === pemda);
  const notFound = () => problem(404, 'not_found', 'Data tidak ditemukan');

  return function handle(method: string, path: string, body: unknown, session?: string): MockAnswer {
    current = session ? (sessions.get(session) ?? null) : null;
    const url = new URL(path, 'http://mock');
    const parts = url.pathname.split('/').filter(Boolean).slice(1); // drop "api"
    const b = (body ?? {}) as Record<string, unknown>;
    if (parts[0] === 'health') return { status: 200, body: { ok: true, database: 'pglite', demo: true, version: 'mock' } };
    if (parts[0] === 'auth' && parts[1] === 'login' && method === 'POST') {
      const u = users.find((x) => x.username === b.username && x.password === b.password && !x.disabled);
      if (!u) return problem(401, 'unauthenticated', 'Nama pengguna atau kata sandi salah');
      const token = `s${sessions.size + 1}-${u.id}`;
      sessions.set(token, u);
      return { status: 200, body: { user: meOf(u), csrfToken: 'mock-csrf' }, session: token };
    }
    if (parts[0] === 'auth' && parts[1] === 'logout') {
      if (session) sessions.delete(session);
      return { status: 200, body: { ok: true }, session: null };
    }
    if (!current) return problem(401, 'unauthenticated', 'Silakan masuk terlebih dahulu');
    if (parts[0] === 'auth' && parts[1] === 'me') return { status: 200, body: { user: meOf(current), csrfToken: 'mock-csrf', demo: true } };
    if (parts[0] !== 'pemda') return notFound();
    if (parts.length === 1) return { status: 200, body: pemdaList.filter((p) => visible(p.slug)) };
    const pemda = parts[1] ?? '';
    if (!visible(pemda) || !opdByPemda.has(pemda)) return notFound();
    const opds = opdByPemda.get(pemda) ?? [];
    if (parts.length === 2) return { status: 200, body: pemdaList.find((p) => p.slug === pemda) };
    if (parts[2] === 'opd' && parts.length === 3) {
      if (method === 'POST') {
        if (!b.name) return problem(400, 'invalid', 'Nama wajib diisi', 'name');
        const slug = String(b.slug || b.abbr || b.name).toLowerCase().replace(/[^a-z0-9]+/g, '-');
        const o: Opd = { id: `opd-${slug}`, slug, name: String(b.name), abbr: String(b.abbr ?? ''), years: [] };
        opds.push(o);
        return { status: 201, body: o };
      }
      return { status: 200, body: opds };
    }
    if (parts[2] === 'opd') {
      const opd = opds.find((o) => o.slug === parts[3]);
      if (!opd) return notFound();
      if (parts.length === 4) return { status: 200, body: opd };
      const plan = plans.get(`${pemda}/${opd.slug}/${parts[5]}`);
      if (!plan) return notFound();
      if (parts[6] === 'findings') return { status: 200, body: plan.findings };
      return { status: 200, body: plan };
    }
    if (parts[2] === 'users') {
      const own = users.filter((u) => u.pemda === pemda);
      const view = ({ password: _p, pemda: _q, ...u }: MockUser): User => u;
      if (parts.length === 3 && method === 'POST') {
        if (users.some((u) => u.username === b.username)) return problem(409, 'conflict', 'Nama pengguna sudah dipakai', 'username');
        const roles = (b.roles as { role: Role; opd?: string }[] | undefined) ?? [];
        const u: MockUser = { id: `u${users.length + 1}`, username: String(b.username), displayName: String(b.displayName), password: String(b.password), disabled: false, pemda, roles: roles.map((r) => role(r.role, r.opd, pemda)) };
        users.push(u);
        return { status: 201, body: view(u) };
      }
      if (parts.length === 3) return { status: 200, body: own.map(view) };
      const u = own.find((x) => x.id === parts[3]);
      if (!u) return notFound();
      if (typeof b.disabled === 'boolean') u.disabled = b.disabled;
      if (typeof b.password === 'string') u.password = b.password;
      if (typeof b.displayName === 'string') u.displayName = b.displayName;
      return { status: 200, body: view(u) };
    }
    return notFound();
  };
}
