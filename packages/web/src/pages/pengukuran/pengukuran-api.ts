/** The monitoring API as the Pengukuran page uses it (docs/api-contract.md, section Pengukuran). */
import { api } from '../../api/client.ts';
import { ApiError } from '../../api/error.ts';
import type { Band } from '@kinerja/domain';
export interface Narrative {
  success_factors?: string;
  obstacles?: string;
  follow_up?: string;
}
export interface Evidence {
  id: string;
  fileName: string;
  size: number;
}
export interface GridRow {
  indicator: {
    id: string;
    name: string;
    unit: string | null;
    polarity: 'positive' | 'negative' | 'range' | null;
    aggregation: 'cumulative' | 'last' | 'average';
    iku: boolean;
    node: { name: string; code: string | null } | null;
    targets: Record<string, number | string>;
    realizations: Record<string, number | string>;
  };
  period: string;
  target: { period: number | string | null; year: number | string | null };
  realisasi: { value: number | null; status: string; narrative: Narrative | null } | null;
  live: { target: number | null; capaian: number | null; progress: number | null; band: Band | null };
  editable: boolean;
  rejectComment: string | null;
  evidence: Evidence[];
}
export interface BudgetRow {
  node: { id: string; code: string | null; name: string };
  pagu: number | null;
  realisasi: number | null;
  absorption: number | null;
  editable: boolean;
}
export interface GridView {
  year: number;
  period: string;
  rules: { id: string; version: number };
  window: { state: string; closesAt: string | null };
  rows: GridRow[];
  subkegiatan: BudgetRow[];
}

export interface Scope {
  pemda: string;
  opd: string;
  year: number;
}

const base = (s: Scope) => `/api/pemda/${s.pemda}/opd/${s.opd}`;

export const loadGrid = (s: Scope, period: string, signal?: AbortSignal) =>
  api.get<GridView>(`${base(s)}/realisasi/${s.year}?period=${encodeURIComponent(period)}`, signal);

export const saveRow = (s: Scope, body: { indicator: string; period: string; value: string; narrative: Narrative }) =>
  api.request<GridRow>('PUT', `${base(s)}/realisasi/${s.year}`, body);

export const workflow = (s: Scope, body: { indicator: string; period: string; action: string; comment?: string }) =>
  api.request<GridRow>('POST', `${base(s)}/realisasi/${s.year}/workflow`, body);

export const saveBudget = (s: Scope, body: { node: string; period: string; realisasi: string }) =>
  api.request<BudgetRow>('PUT', `${base(s)}/anggaran/${s.year}`, body);

export const evidenceUrl = (s: Scope, id: string) => `${base(s)}/evidence/${id}`;

/** Multipart upload; the CSRF token comes from /api/auth/me (the JSON client does not send forms). */
export async function uploadEvidence(s: Scope, indicator: string, period: string, file: File): Promise<void> {
  const me = await api.get<{ csrfToken: string }>('/api/auth/me');
  const form = new FormData();
  form.set('indicator', indicator);
  form.set('period', period);
  form.set('file', file);
  let res: Response;
  try {
    res = await fetch(`${base(s)}/realisasi/${s.year}/evidence`, { method: 'POST', credentials: 'include', headers: { 'x-csrf-token': me.csrfToken }, body: form });
  } catch {
    throw ApiError.network();
  }
  if (!res.ok) throw ApiError.fromProblem(res.status, await res.json().catch(() => null));
}
