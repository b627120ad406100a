/**
 * What the generator varies: indicator and node names, units, polarities and aggregations taken
 * from the four real documents in demo/ (the same data as shared/fixtures), plus OPD and Pemda names.
 */
import { readFileSync } from 'node:fs';
import type { Aggregation, Dataset, NodeKind, Polarity } from '@kinerja/domain';

export const DEMO_FILES = [
  'kabupaten-paser/paser-2020-iku-iki.json',
  'kabupaten-paser/paser-2024-lkjip.json',
  'kabupaten-paser/paser-2025-renaksi-perubahan.json',
  'kabupaten-kutai-kartanegara/kukar-2025-renja.json',
] as const;

export const readDemo = (file: string): Dataset =>
  JSON.parse(readFileSync(new URL(`../demo/${file}`, import.meta.url), 'utf8')) as Dataset;

export interface IndicatorTemplate {
  name: string;
  unit: string;
  polarity: Polarity;
  aggregation: Aggregation;
}

export interface Templates {
  indicators: IndicatorTemplate[];
  nodeNames: Record<'tujuan' | 'sasaran' | 'program' | 'kegiatan' | 'subkegiatan', string[]>;
  unitNames: string[];
}

let cached: Templates | undefined;

export function templates(): Templates {
  if (cached) return cached;
  const sets = DEMO_FILES.map(readDemo);
  const indicators = new Map<string, IndicatorTemplate>();
  const nodeNames: Templates['nodeNames'] = { tujuan: [], sasaran: [], program: [], kegiatan: [], subkegiatan: [] };
  const unitNames = new Set<string>();
  for (const d of sets) {
    for (const i of d.indicators) {
      if (!i.unit || indicators.has(i.name)) continue;
      indicators.set(i.name, { name: i.name, unit: i.unit, polarity: i.polarity ?? 'positive', aggregation: i.aggregation ?? 'last' });
    }
    for (const n of d.nodes) {
      const kind = n.kind as NodeKind;
      if (kind in nodeNames) nodeNames[kind as keyof Templates['nodeNames']].push(n.name);
    }
    for (const u of d.units) unitNames.add(u.name);
  }
  cached = { indicators: [...indicators.values()], nodeNames, unitNames: [...unitNames] };
  return cached;
}

/** 40 perangkat daerah of a typical kabupaten (name, abbreviation); more get a number. */
export const OPD_NAMES: readonly (readonly [string, string])[] = [
  ['Sekretariat Daerah', 'Setda'],
  ['Sekretariat DPRD', 'Setwan'],
  ['Inspektorat Daerah', 'Inspektorat'],
  ['Badan Perencanaan Pembangunan Daerah', 'Bappeda'],
  ['Badan Pengelolaan Keuangan dan Aset Daerah', 'BPKAD'],
  ['Badan Pendapatan Daerah', 'Bapenda'],
  ['Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'BKPSDM'],
  ['Badan Penanggulangan Bencana Daerah', 'BPBD'],
  ['Badan Kesatuan Bangsa dan Politik', 'Kesbangpol'],
  ['Dinas Pendidikan dan Kebudayaan', 'Disdikbud'],
  ['Dinas Kesehatan', 'Dinkes'],
  ['Dinas Pekerjaan Umum dan Penataan Ruang', 'DPUPR'],
  ['Dinas Perumahan dan Kawasan Permukiman', 'Disperkim'],
  ['Satuan Polisi Pamong Praja', 'Satpol PP'],
  ['Dinas Sosial', 'Dinsos'],
  ['Dinas Tenaga Kerja dan Transmigrasi', 'Disnakertrans'],
  ['Dinas Pemberdayaan Perempuan dan Perlindungan Anak', 'DP3A'],
  ['Dinas Pengendalian Penduduk dan Keluarga Berencana', 'DPPKB'],
  ['Dinas Ketahanan Pangan', 'DKP'],
  ['Dinas Lingkungan Hidup', 'DLH'],
  ['Dinas Kependudukan dan Pencatatan Sipil', 'Disdukcapil'],
  ['Dinas Pemberdayaan Masyarakat dan Desa', 'DPMD'],
  ['Dinas Perhubungan', 'Dishub'],
  ['Dinas Komunikasi, Informatika, Statistik dan Persandian', 'Diskominfo'],
  ['Dinas Koperasi, Usaha Kecil dan Menengah', 'Diskopukm'],
  ['Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DPMPTSP'],
  ['Dinas Kepemudaan dan Olahraga', 'Dispora'],
  ['Dinas Perpustakaan dan Kearsipan', 'Dispursip'],
  ['Dinas Perikanan', 'Diskan'],
  ['Dinas Pariwisata', 'Dispar'],
  ['Dinas Pertanian', 'Distan'],
  ['Dinas Perkebunan dan Peternakan', 'Disbunnak'],
  ['Dinas Perindustrian dan Perdagangan', 'Disperindag'],
  ['Rumah Sakit Umum Daerah', 'RSUD'],
  ['Kecamatan Tanah Grogot', 'Kec Tanah Grogot'],
  ['Kecamatan Long Ikis', 'Kec Long Ikis'],
  ['Kecamatan Batu Engau', 'Kec Batu Engau'],
  ['Kecamatan Muara Komam', 'Kec Muara Komam'],
  ['Kecamatan Kuaro', 'Kec Kuaro'],
  ['Kecamatan Pasir Belengkong', 'Kec Pasir Belengkong'],
];

const PEMDA_BASES = ['Paser', 'Kutai Kartanegara', 'Berau', 'Nunukan', 'Sintang', 'Ketapang', 'Kapuas', 'Banjar', 'Tabalong', 'Mahakam Ulu'];

/** `Kabupaten Paser Sintetis 001`: unique per index, so each slug is too. */
export const pemdaName = (i: number): string =>
  `Kabupaten ${PEMDA_BASES[i % PEMDA_BASES.length] ?? 'Contoh'} Sintetis ${String(i + 1).padStart(3, '0')}`;

export function opdName(i: number): { name: string; abbr: string } {
  const [name, abbr] = OPD_NAMES[i % OPD_NAMES.length] ?? ['Dinas', 'Dinas'];
  const round = Math.floor(i / OPD_NAMES.length);
  return round === 0 ? { name, abbr } : { name: `${name} ${round + 1}`, abbr: `${abbr} ${round + 1}` };
}
