/** The monitoring routes' cases of the audit walk (audit.test.ts): each request leaves exactly one audit row. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schema, type Database } from '@kinerja/db';
import type { Hono } from 'hono';
import type { AppEnv } from '../src/http/context.ts';
import { call, type Session, type Tenant } from './helpers.ts';

interface AuditCase {
  route: string;
  run: (a: Hono<AppEnv>, s: Session) => Response | Promise<Response>;
  entity: string;
  action: string;
}

export const PDF_BYTES = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** A multipart upload of `bytes` as `name` for indicator + period. */
export function upload(a: Hono<AppEnv>, path: string, s: Session, fields: Record<string, string>, bytes: Uint8Array, name: string) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('file', new File([new Uint8Array(bytes)], name));
  return a.request(path, { method: 'POST', headers: { cookie: s.cookie, 'x-csrf-token': s.csrf }, body: form });
}

export function monitoringCases(tenant: () => Tenant, db: () => Database): AuditCase[] {
  const base = () => `/api/pemda/${tenant().pemda.slug}/opd/${tenant().opd.slug}`;
  const pemdaBase = () => `/api/pemda/${tenant().pemda.slug}`;
  return [
    {
      route: 'PUT /api/pemda/:pemda/opd/:opd/realisasi/:year',
      run: (a, s) => call(a, 'PUT', `${base()}/realisasi/2025`, s, { indicator: tenant().indicatorId, period: '2025-Q2', value: '71,51' }),
      entity: 'realisasi',
      action: 'create',
    },
    {
      route: 'POST /api/pemda/:pemda/opd/:opd/realisasi/:year/evidence',
      run: (a, s) => {
        process.env.KINERJA_EVIDENCE_DIR = mkdtempSync(join(tmpdir(), 'kinerja-evidence-'));
        return upload(a, `${base()}/realisasi/2025/evidence`, s, { indicator: tenant().indicatorId, period: '2025-Q2' }, PDF_BYTES, 'bukti.pdf');
      },
      entity: 'evidence',
      action: 'create',
    },
    {
      route: 'DELETE /api/pemda/:pemda/opd/:opd/evidence/:evidence',
      run: async (a, s) => {
        const t = tenant();
        const [e] = await db()
          .db.insert(schema.evidence)
          .values({ pemdaId: t.pemda.id, opdId: t.opd.id, indicatorId: t.indicatorId, period: '2025-Q2', fileName: 'x.pdf', mime: 'application/pdf', size: 1, sha256: '0', storagePath: `${t.pemda.id}/00000000-0000-4000-8000-000000000001` })
          .returning();
        return call(a, 'DELETE', `${base()}/evidence/${e?.id ?? ''}`, s);
      },
      entity: 'evidence',
      action: 'delete',
    },
    {
      route: 'POST /api/pemda/:pemda/opd/:opd/realisasi/:year/workflow',
      run: (a, s) => call(a, 'POST', `${base()}/realisasi/2025/workflow`, s, { indicator: tenant().indicatorId, period: '2025-Q2', action: 'submit' }),
      entity: 'realisasi',
      action: 'submit',
    },
    {
      route: 'PUT /api/pemda/:pemda/opd/:opd/anggaran/:year',
      run: async (a, s) => {
        const t = tenant();
        const [n] = await db()
          .db.insert(schema.planNode)
          .values({ pemdaId: t.pemda.id, planId: t.planId, parentId: t.nodeId, kind: 'subkegiatan', name: 'Penyusunan Dokumen Perencanaan Perangkat Daerah' })
          .returning();
        return call(a, 'PUT', `${base()}/anggaran/2025`, s, { node: n?.id, period: '2025-Q2', realisasi: '180.642.430' });
      },
      entity: 'realisasi_anggaran',
      action: 'create',
    },
    {
      route: 'POST /api/pemda/:pemda/late/:year/notify',
      run: (a, s) => call(a, 'POST', `${pemdaBase()}/late/2025/notify`, s, { period: '2025-Q2' }),
      entity: 'late_entries',
      action: 'notify',
    },
    {
      route: 'POST /api/pemda/:pemda/notices/read',
      run: async (a, s) => {
        const t = tenant();
        const [n] = await db()
          .db.insert(schema.notice)
          .values({ pemdaId: t.pemda.id, userId: t.users.admin_pemda.id, kind: 'late_entry', title: 'x', body: 'x' })
          .returning();
        return call(a, 'POST', `${pemdaBase()}/notices/read`, s, { ids: [n?.id] });
      },
      entity: 'notice',
      action: 'read',
    },
    {
      route: 'PUT /api/pemda/:pemda/periods/:year',
      run: (a, s) => call(a, 'PUT', `${pemdaBase()}/periods/2025`, s, { period: '2025-Q4', opensAt: '2025-10-01T00:00:00+08:00', closesAt: '2026-01-11T00:00:00+08:00' }),
      entity: 'period_window',
      action: 'create',
    },
    {
      route: 'POST /api/pemda/:pemda/periods/:year/defaults',
      run: (a, s) => call(a, 'POST', `${pemdaBase()}/periods/2025/defaults`, s, { kind: 'quarter' }),
      entity: 'period_window',
      action: 'defaults',
    },
    {
      route: 'POST /api/pemda/:pemda/periods/:year/reopen',
      run: (a, s) => call(a, 'POST', `${pemdaBase()}/periods/2025/reopen`, s, { period: '2025-Q1', until: '2099-01-01T00:00:00Z', reason: 'Perbaikan data dari BKN' }),
      entity: 'period_window',
      action: 'reopen',
    },
  ];
}
