/** Monitoring routes: the entry grid, one-row saves, workflow, evidence, late entries and notices. */
import { Hono } from 'hono';
import { KinerjaError } from '@kinerja/domain';
import { requireUser, type AppContext, type AppEnv, type Services } from '../http/context.ts';
import { readJson } from '../http/read-json.ts';
import { messages } from '../messages.ts';
import type { PlanRef } from '../usecases/plans/resolve-plan.ts';
import { getGrid } from '../usecases/realisasi/get-grid.ts';
import { saveRealisasi } from '../usecases/realisasi/save-realisasi.ts';
import { saveAnggaran } from '../usecases/realisasi/save-anggaran.ts';
import { applyWorkflow } from '../usecases/realisasi/apply-workflow.ts';
import { getHistory } from '../usecases/realisasi/get-history.ts';
import { lateEntries } from '../usecases/realisasi/late-entries.ts';
import { notifyLate } from '../usecases/realisasi/notify-late.ts';
import { listNotices, markNoticesRead } from '../usecases/realisasi/notices.ts';
import { uploadEvidence } from '../usecases/evidence/upload-evidence.ts';
import { downloadEvidence } from '../usecases/evidence/download-evidence.ts';
import { deleteEvidence } from '../usecases/evidence/delete-evidence.ts';
import { evidenceDir } from '../usecases/evidence/evidence-store.ts';
import { gridQuery } from '../usecases/realisasi/get-grid.ts';
import { saveRealisasiInput } from '../usecases/realisasi/save-realisasi.ts';
import { saveAnggaranInput } from '../usecases/realisasi/save-anggaran.ts';
import { workflowInput } from '../usecases/realisasi/apply-workflow.ts';
import { historyQuery } from '../usecases/realisasi/get-history.ts';
import { lateQuery } from '../usecases/realisasi/late-entries.ts';
import { notifyInput } from '../usecases/realisasi/notify-late.ts';
import { markReadInput, noticesQuery } from '../usecases/realisasi/notices.ts';
import type { RouteSpec } from './catalog.ts';

const OPD = '/api/pemda/:pemda/opd/:opd';

/** The catalog entries of these routes (catalog.ts spreads them into the route list). */
export const realisasiCatalog: readonly RouteSpec[] = [
  { method: 'GET', path: `${OPD}/realisasi/:year`, summary: 'Lembar isian realisasi satu periode (baris unit pengguna)', access: 'tenant', query: gridQuery },
  { method: 'PUT', path: `${OPD}/realisasi/:year`, summary: 'Menyimpan satu realisasi (draf) dengan narasi', access: 'tenant', who: 'operator unit PJ', body: saveRealisasiInput },
  { method: 'POST', path: `${OPD}/realisasi/:year/workflow`, summary: 'Ajukan, verifikasi, setujui atau tolak satu realisasi', access: 'tenant', who: 'operator (ajukan), admin_opd (verifikasi), pimpinan (setujui)', body: workflowInput },
  { method: 'GET', path: `${OPD}/realisasi/:year/history`, summary: 'Riwayat alur kerja satu realisasi', access: 'tenant', query: historyQuery },
  { method: 'POST', path: `${OPD}/realisasi/:year/evidence`, summary: 'Mengunggah bukti (multipart: indicator, period, file; PDF/PNG/JPEG/DOCX/XLSX, maks. 10 MB)', access: 'tenant', who: 'operator unit PJ', created: true },
  { method: 'PUT', path: `${OPD}/anggaran/:year`, summary: 'Menyimpan realisasi anggaran satu sub kegiatan', access: 'tenant', who: 'operator unit PJ', body: saveAnggaranInput },
  { method: 'GET', path: `${OPD}/evidence/:evidence`, summary: 'Mengunduh berkas bukti', access: 'tenant', download: true },
  { method: 'DELETE', path: `${OPD}/evidence/:evidence`, summary: 'Menghapus berkas bukti', access: 'tenant', who: 'operator unit PJ' },
  { method: 'GET', path: `${OPD}/late/:year`, summary: 'Realisasi terlambat satu perangkat daerah', access: 'tenant', query: lateQuery },
  { method: 'GET', path: '/api/pemda/:pemda/late/:year', summary: 'Realisasi terlambat seluruh Pemda', access: 'tenant', who: 'admin_pemda, evaluator', query: lateQuery },
  { method: 'POST', path: '/api/pemda/:pemda/late/:year/notify', summary: 'Mengirim pengingat realisasi terlambat (notifikasi dan outbox surel)', access: 'tenant', who: 'admin_pemda', body: notifyInput },
  { method: 'GET', path: '/api/pemda/:pemda/notices', summary: 'Notifikasi pengguna', access: 'tenant', query: noticesQuery },
  { method: 'POST', path: '/api/pemda/:pemda/notices/read', summary: 'Menandai notifikasi sudah dibaca', access: 'tenant', body: markReadInput },
];

const planRef = (c: AppContext): PlanRef => ({ pemdaSlug: c.req.param('pemda') ?? '', opdSlug: c.req.param('opd') ?? '', year: c.req.param('year') ?? '' });
const evidenceRef = (c: AppContext) => ({ pemdaSlug: c.req.param('pemda') ?? '', opdSlug: c.req.param('opd') ?? '', evidenceId: c.req.param('evidence') ?? '' });

async function readForm(c: AppContext): Promise<Record<string, unknown>> {
  try {
    return await c.req.parseBody();
  } catch {
    throw new KinerjaError('invalid', messages.invalidBody);
  }
}

export function realisasiRoutes(svc: Services): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const base = '/:pemda/opd/:opd/realisasi/:year';
  r.get(base, async (c) => c.json(await getGrid(svc.db, requireUser(c), planRef(c), c.req.query(), svc.now())));
  r.put(base, async (c) => {
    const user = requireUser(c);
    return c.json(await saveRealisasi(svc.db, user, planRef(c), await readJson(c), svc.now()));
  });
  r.post(`${base}/workflow`, async (c) => {
    const user = requireUser(c);
    return c.json(await applyWorkflow(svc.db, user, planRef(c), await readJson(c), svc.now()));
  });
  r.get(`${base}/history`, async (c) => c.json(await getHistory(svc.db, requireUser(c), planRef(c), c.req.query())));
  r.post(`${base}/evidence`, async (c) => {
    const user = requireUser(c);
    return c.json(await uploadEvidence(svc.db, user, planRef(c), await readForm(c), { now: svc.now(), dir: evidenceDir() }), 201);
  });
  r.put('/:pemda/opd/:opd/anggaran/:year', async (c) => {
    const user = requireUser(c);
    return c.json(await saveAnggaran(svc.db, user, planRef(c), await readJson(c), svc.now()));
  });
  r.get('/:pemda/opd/:opd/evidence/:evidence', async (c) => {
    const file = await downloadEvidence(svc.db, requireUser(c), evidenceRef(c), evidenceDir());
    return new Response(file.body, {
      headers: {
        'Content-Type': file.mime,
        'Content-Length': String(file.size),
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
  r.delete('/:pemda/opd/:opd/evidence/:evidence', async (c) => {
    const user = requireUser(c);
    return c.json(await deleteEvidence(svc.db, user, evidenceRef(c), { now: svc.now(), dir: evidenceDir() }));
  });
  r.get('/:pemda/opd/:opd/late/:year', async (c) =>
    c.json(await lateEntries(svc.db, requireUser(c), { pemdaSlug: c.req.param('pemda'), opdSlug: c.req.param('opd'), year: c.req.param('year') }, c.req.query(), svc.now())),
  );
  r.get('/:pemda/late/:year', async (c) =>
    c.json(await lateEntries(svc.db, requireUser(c), { pemdaSlug: c.req.param('pemda'), opdSlug: null, year: c.req.param('year') }, c.req.query(), svc.now())),
  );
  r.post('/:pemda/late/:year/notify', async (c) => {
    const user = requireUser(c);
    return c.json(await notifyLate(svc.db, user, c.req.param('pemda'), c.req.param('year'), await readJson(c), svc.now()));
  });
  r.get('/:pemda/notices', async (c) => c.json(await listNotices(svc.db, requireUser(c), c.req.param('pemda'), c.req.query())));
  r.post('/:pemda/notices/read', async (c) => {
    const user = requireUser(c);
    return c.json(await markNoticesRead(svc.db, user, c.req.param('pemda'), await readJson(c), svc.now()));
  });
  return r;
}
