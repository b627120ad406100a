/** The Pemda dashboard as the API returns it (GET /api/pemda/:pemda/dashboard/:year). */
import type { Band } from '../../api/types.ts';

export type BandKey = 'ST' | 'T' | 'S' | 'R' | 'SR' | 'none';

export interface PemdaOpdRow {
  rank: number | null;
  opd: { slug: string; name: string; abbr: string | null };
  capaian: number | null;
  band: Band | null;
  pagu: number | null;
  realisasi: number | null;
  absorption: number | null;
  efficiency: number | null;
  indicators: number;
  bands: Record<BandKey, number>;
  renstra: { capaian: number | null; band: Band | null };
  lastYear: { capaian: number | null; band: Band | null } | null;
  pending: { submitted: number; draft: number };
  late: number;
}

export interface PemdaReference {
  opd: { slug: string; name: string; abbr: string | null };
  indicator: { id: string; name: string; unit: string | null };
  realization: number | string | null;
  label: string;
  period: string;
  value: number | string;
  gap: number | null;
}

export interface PemdaDashboard {
  pemda: { slug: string; name: string };
  year: number;
  period: string;
  rules: { id: string; version: number };
  opds: PemdaOpdRow[];
  bands: Record<BandKey, number>;
  late: { state: string; total: number };
  references: PemdaReference[];
}

export const pemdaDashboardPath = (pemda: string, year: number) => `/api/pemda/${encodeURIComponent(pemda)}/dashboard/${year}`;
export const pemdaDashboardXlsx = (pemda: string, year: number) => `${pemdaDashboardPath(pemda, year)}/xlsx`;
