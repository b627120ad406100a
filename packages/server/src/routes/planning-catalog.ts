/** The planning workspace routes for the route catalog (OpenAPI, route test, tenant walk). */
import type { RouteSpec } from './catalog.ts';
import {
  budgetsInput,
  createPlanInput,
  diffQuery,
  indicatorInput,
  indicatorPatch,
  nodeInput,
  nodePatch,
  pasteInput,
  perubahanInput,
  transitionInput,
  valuesInput,
  versionInput,
  versionPatch,
  xlsxImportInput,
  xlsxQuery,
} from '../usecases/planning/inputs.ts';

const base = '/api/pemda/:pemda/opd/:opd/plans/:year';
const edit = 'admin_pemda; admin_opd untuk OPD-nya sendiri (hanya versi draf)';

export const planningCatalog: readonly RouteSpec[] = [
  { method: 'POST', path: '/api/pemda/:pemda/opd/:opd/plans', summary: 'Membuat rencana tahun baru (kosong atau diusulkan dari target Renstra)', access: 'tenant', who: edit, body: createPlanInput, created: true },
  { method: 'GET', path: `${base}/workspace`, summary: 'Ruang kerja perencanaan: isi rencana, versi, kunci, peringatan', access: 'tenant' },
  { method: 'POST', path: `${base}/nodes`, summary: 'Menambah simpul pohon rencana', access: 'tenant', who: edit, body: nodeInput, created: true },
  { method: 'PATCH', path: `${base}/nodes/:node`, summary: 'Mengubah atau memindahkan simpul', access: 'tenant', who: edit, body: nodePatch },
  { method: 'DELETE', path: `${base}/nodes/:node`, summary: 'Menghapus simpul beserta turunannya', access: 'tenant', who: edit },
  { method: 'POST', path: `${base}/indicators`, summary: 'Menambah indikator', access: 'tenant', who: edit, body: indicatorInput, created: true },
  { method: 'PATCH', path: `${base}/indicators/:indicator`, summary: 'Mengubah indikator', access: 'tenant', who: edit, body: indicatorPatch },
  { method: 'DELETE', path: `${base}/indicators/:indicator`, summary: 'Menghapus indikator', access: 'tenant', who: edit },
  { method: 'PUT', path: `${base}/values`, summary: 'Mengisi target / target Renstra / baseline per periode', access: 'tenant', who: edit, body: valuesInput },
  { method: 'PUT', path: `${base}/budgets`, summary: 'Mengisi pagu per simpul dan periode', access: 'tenant', who: edit, body: budgetsInput },
  { method: 'GET', path: `${base}/versions`, summary: 'Versi dokumen perencanaan', access: 'tenant' },
  { method: 'POST', path: `${base}/versions`, summary: 'Memulai dokumen (versi draf)', access: 'tenant', who: edit, body: versionInput, created: true },
  { method: 'PATCH', path: `${base}/versions/:version`, summary: 'Mengubah dasar, tanggal, penanda tangan versi draf', access: 'tenant', who: edit, body: versionPatch },
  { method: 'GET', path: `${base}/versions/:version/content`, summary: 'Isi rencana sebuah versi (kinerja-dataset/1)', access: 'tenant' },
  { method: 'POST', path: `${base}/versions/:version/status`, summary: 'Mengajukan / menyetujui / menandatangani versi', access: 'tenant', who: 'mengajukan: admin_opd untuk OPD-nya; menyetujui dan menandatangani: pimpinan (kepala OPD) untuk OPD-nya; admin_pemda semuanya', body: transitionInput },
  { method: 'POST', path: `${base}/versions/:version/perubahan`, summary: 'Membuat Perubahan (versi baru dengan dasar hukum)', access: 'tenant', who: edit, body: perubahanInput, created: true },
  { method: 'GET', path: `${base}/diff`, summary: 'Perbedaan antara dua versi', access: 'tenant', query: diffQuery },
  { method: 'POST', path: `${base}/paste`, summary: 'Tempel tabel dari Word/Excel: pratinjau, atau simpan dengan confirm', access: 'tenant', who: edit, body: pasteInput },
  { method: 'GET', path: `${base}/xlsx`, summary: 'Unduh tabel perencanaan sebagai Excel', access: 'tenant', query: xlsxQuery, download: true },
  { method: 'POST', path: `${base}/xlsx`, summary: 'Unggah kembali tabel Excel: pratinjau, atau simpan dengan confirm', access: 'tenant', who: edit, body: xlsxImportInput },
];
