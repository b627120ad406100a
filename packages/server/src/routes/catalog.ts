/**
 * Every API route in one list: the OpenAPI document is built from it, a test checks that the app
 * registers exactly these routes, and the tenant test walks all of them. Add a route here first.
 */
import { z } from 'zod/v4';
import { loginInput } from '../usecases/auth/login.ts';
import { createOpdInput } from '../usecases/opd/create-opd.ts';
import { createUserInput } from '../usecases/users/create-user.ts';
import { updateUserInput } from '../usecases/users/update-user.ts';
import { auditQuery } from '../usecases/audit/list-audit.ts';
import { importQuery } from '../usecases/plans/import-plan.ts';
import { computeQuery } from '../usecases/plans/compute-plan.ts';
import { reportCatalog } from './reports.ts';
import { planningCatalog } from './planning-catalog.ts';
import { realisasiCatalog } from './realisasi.ts';
import { periodCatalog } from './periods.ts';
import { dashboardCatalog } from './dashboard.ts';
import { ruleSetRouteCatalog } from './rule-sets.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteSpec {
  method: Method;
  /** Hono path under the app root: `/api/pemda/:pemda/opd` */
  path: string;
  summary: string;
  /** `public`: no session needed; `session`: any logged-in user; `tenant`: inside `:pemda` */
  access: 'public' | 'session' | 'tenant';
  /** who may call it, for people (the rule itself is in permissions.ts) */
  who?: string;
  body?: z.ZodType;
  query?: z.ZodType;
  /** the answer is a file download */
  download?: boolean;
  /** answers 201 Created */
  created?: boolean;
}

export const datasetBody = z.object({ format: z.literal('kinerja-dataset/1') }).loose();

export const routes: readonly RouteSpec[] = [
  { method: 'GET', path: '/api/health', summary: 'Status server dan basis data', access: 'public' },
  { method: 'GET', path: '/api/openapi.json', summary: 'Dokumen OpenAPI 3.1 ini', access: 'public' },
  { method: 'POST', path: '/api/auth/login', summary: 'Masuk; memberi cookie sesi dan token CSRF', access: 'public', body: loginInput },
  { method: 'POST', path: '/api/auth/logout', summary: 'Keluar', access: 'session' },
  { method: 'GET', path: '/api/auth/me', summary: 'Pengguna yang sedang masuk', access: 'session' },
  { method: 'GET', path: '/api/pemda', summary: 'Pemda yang terlihat oleh pengguna', access: 'session' },
  { method: 'GET', path: '/api/pemda/:pemda', summary: 'Satu Pemda', access: 'tenant' },
  { method: 'GET', path: '/api/pemda/:pemda/opd', summary: 'Perangkat daerah beserta tahun rencananya', access: 'tenant' },
  {
    method: 'POST',
    path: '/api/pemda/:pemda/opd',
    summary: 'Menambah perangkat daerah',
    access: 'tenant',
    who: 'admin_pemda',
    body: createOpdInput,
    created: true,
  },
  { method: 'GET', path: '/api/pemda/:pemda/opd/:opd', summary: 'Satu perangkat daerah dengan unit kerjanya', access: 'tenant' },
  { method: 'GET', path: '/api/pemda/:pemda/opd/:opd/plans/:year', summary: 'Rencana kinerja satu tahun (PlanView)', access: 'tenant' },
  { method: 'GET', path: '/api/pemda/:pemda/opd/:opd/plans/:year/findings', summary: 'Temuan pemeriksaan konsistensi', access: 'tenant' },
  {
    method: 'GET',
    path: '/api/pemda/:pemda/opd/:opd/plans/:year/compute',
    summary: 'Hasil perhitungan (seperti `kinerja compute`)',
    access: 'tenant',
    query: computeQuery,
  },
  {
    method: 'GET',
    path: '/api/pemda/:pemda/opd/:opd/plans/:year/export',
    summary: 'Ekspor kinerja-dataset/1',
    access: 'tenant',
    download: true,
  },
  {
    method: 'POST',
    path: '/api/pemda/:pemda/import',
    summary: 'Impor berkas kinerja-dataset/1',
    access: 'tenant',
    who: 'admin_pemda; admin_opd untuk OPD-nya sendiri',
    body: datasetBody,
    query: importQuery,
  },
  { method: 'GET', path: '/api/pemda/:pemda/users', summary: 'Pengguna Pemda', access: 'tenant', who: 'admin_pemda' },
  {
    method: 'POST',
    path: '/api/pemda/:pemda/users',
    summary: 'Menambah pengguna',
    access: 'tenant',
    who: 'admin_pemda',
    body: createUserInput,
    created: true,
  },
  {
    method: 'PATCH',
    path: '/api/pemda/:pemda/users/:id',
    summary: 'Mengubah pengguna',
    access: 'tenant',
    who: 'admin_pemda',
    body: updateUserInput,
  },
  {
    method: 'GET',
    path: '/api/pemda/:pemda/audit',
    summary: 'Log audit',
    access: 'tenant',
    who: 'admin_pemda, evaluator',
    query: auditQuery,
  },
  ...planningCatalog,
  ...realisasiCatalog,
  ...periodCatalog,
  ...dashboardCatalog,
  ...reportCatalog,
  ...ruleSetRouteCatalog,
];
