/**
 * Who may do what with documents (the rule is `can` in permissions.ts): generating follows
 * `report.generate` (admin_pemda and evaluator Pemda-wide, admin_opd and pimpinan for their OPD);
 * reading the list, a job, its findings and its file follows `plan.read`; writing narratives
 * follows `plan.edit`. Another Pemda gets 404 everywhere.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@kinerja/db';
import { testDatabase } from '@kinerja/db/testing';
import { createApp } from '../src/app.ts';
import type { Role } from '../src/permissions.ts';
import type { ReportJobView } from '../src/usecases/reports/job-view.ts';
import { reportJobsIdle } from '../src/usecases/reports/index.ts';
import { call, createTenant, login, type Session, type Tenant } from './helpers.ts';
import { importPaser, reportsBase, waitForJob } from './reports-helpers.ts';

let database: Database;
let app: ReturnType<typeof createApp>;
let t: Tenant;
let other: Tenant;
let doneJob: string;
const sessions = new Map<string, Promise<Session>>();
/** One login per user (the login rate limit counts per client address). */
const sessionOf = (username: string): Promise<Session> => {
  const known = sessions.get(username) ?? login(app, username);
  sessions.set(username, known);
  return known;
};

beforeAll(async () => {
  process.env.KINERJA_REPORTS_DIR = mkdtempSync(join(tmpdir(), 'kinerja-reports-'));
  database = await testDatabase();
  app = createApp({ db: database.db, kind: database.kind, demo: false });
  t = await createTenant(database.db, 'perm');
  other = await createTenant(database.db, 'lain');
  const admin = await sessionOf(t.users.admin_pemda.username);
  await importPaser(app, t, admin);
  const res = await call(app, 'POST', reportsBase(t), admin, { kind: 'pk', year: 2025, format: 'docx' });
  doneJob = ((await res.json()) as { job: ReportJobView }).job.id;
  await waitForJob(app, t, admin, doneJob);
});
afterAll(async () => {
  await reportJobsIdle();
  await database.close();
});

type Act = 'generate' | 'list' | 'download' | 'findings' | 'narratives.read' | 'narratives.write';

const request = (act: Act, tenant: Tenant): [string, string, unknown?] => {
  const base = reportsBase(tenant);
  const narratives = `/api/pemda/${tenant.pemda.slug}/opd/${tenant.opd.slug}/plans/2024/narratives/lkjip`;
  switch (act) {
    case 'generate':
      return ['POST', base, { kind: 'pk', year: 2025, format: 'xlsx' }];
    case 'list':
      return ['GET', base];
    case 'download':
      return ['GET', `${base}/${doneJob}/download`];
    case 'findings':
      return ['GET', `${base}/${doneJob}/findings`];
    case 'narratives.read':
      return ['GET', narratives];
    case 'narratives.write':
      return ['PUT', narratives, { section: 'ikhtisar', text: 'Ikhtisar uji.' }];
  }
};

const ACTS: Act[] = ['generate', 'list', 'download', 'findings', 'narratives.read', 'narratives.write'];
const OK: Record<Act, number> = { generate: 202, list: 200, download: 200, findings: 200, 'narratives.read': 200, 'narratives.write': 200 };

/** role → the acts it is refused (403); every other act succeeds. */
const refused: Record<Exclude<Role, 'superadmin'>, Act[]> = {
  admin_pemda: [],
  evaluator: ['narratives.write'],
  admin_opd: [],
  pimpinan: ['narratives.write'],
  operator: ['generate', 'narratives.write'],
};

describe('the permissions table of documents', () => {
  const cases = (Object.keys(refused) as Exclude<Role, 'superadmin'>[]).flatMap((role) =>
    ACTS.map((act) => [role, act, refused[role].includes(act) ? 403 : OK[act]] as const),
  );
  it.each(cases)('%s %s → %i', async (role, act, status) => {
    const s = await sessionOf(t.users[role].username);
    const [method, path, body] = request(act, t);
    const res = await call(app, method, path, s, body);
    expect(res.status).toBe(status);
  });

  it.each(ACTS)('%s by the admin_pemda of another Pemda → 404 without data', async (act) => {
    const s = await sessionOf(other.users.admin_pemda.username);
    const [method, path, body] = request(act, t);
    const res = await call(app, method, path, s, body);
    expect(res.status).toBe(404);
    const text = await res.text();
    for (const secret of [t.pemda.name, doneJob, 'PK-']) expect(text).not.toContain(secret);
  });

  it('admin_opd of BKPSDM cannot generate for another OPD of its Pemda (403)', async () => {
    const s = await sessionOf(t.users.admin_opd.username);
    const res = await call(app, 'POST', `/api/pemda/${t.pemda.slug}/opd/${t.otherOpd.slug}/reports`, s, { kind: 'pk', year: 2025, format: 'pdf' });
    expect(res.status).toBe(403);
  });
});
