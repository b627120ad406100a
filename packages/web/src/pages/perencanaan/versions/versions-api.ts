/** The version endpoints of docs/api-contract.md "Perencanaan" that the Versi & Perubahan panel calls. */
import type { Dataset, PlanDiff } from '@kinerja/domain';
import { api } from '../../../api/client.ts';

const enc = encodeURIComponent;

export interface Signatory {
  name: string;
  rank?: string | null;
  nip?: string | null;
  position?: string | null;
}

export interface StatusStep {
  from: string;
  to: string;
  by: string;
  at: string;
  note: string | null;
}

export interface VersionInfo {
  id: string;
  kind: string;
  revision: string | null;
  versionNo: number;
  status: string;
  basis: string | null;
  signed: string | null;
  supersedesId: string | null;
  supersededById: string | null;
  frozen: boolean;
  signatories: { first?: Signatory | null; second?: Signatory | null };
  history?: StatusStep[];
  createdAt: string;
}

export interface DiffAnswer {
  from: VersionInfo;
  to: VersionInfo | null;
  diff: PlanDiff;
}

export type Transition = 'submitted' | 'approved' | 'signed' | 'draft';

export interface VersionPatch {
  basis?: string | null;
  signed?: string | null;
  signatories?: { first?: Signatory | null; second?: Signatory | null };
}

const base = (pemda: string, opd: string, year: number) => `/api/pemda/${enc(pemda)}/opd/${enc(opd)}/plans/${year}`;

export const versionPaths = {
  list: (pemda: string, opd: string, year: number) => `${base(pemda, opd, year)}/versions`,
  one: (pemda: string, opd: string, year: number, v: string) => `${base(pemda, opd, year)}/versions/${enc(v)}`,
  diff: (pemda: string, opd: string, year: number, from: string, to: string) => `${base(pemda, opd, year)}/diff?from=${enc(from)}&to=${enc(to)}`,
};

export interface PlanKey {
  pemda: string;
  opd: string;
  year: number;
}

export const listVersions = (k: PlanKey, signal?: AbortSignal) => api.get<VersionInfo[]>(versionPaths.list(k.pemda, k.opd, k.year), signal);
export const startVersion = (k: PlanKey, body: { kind: string; basis?: string | null; signed?: string | null }) =>
  api.request<VersionInfo>('POST', versionPaths.list(k.pemda, k.opd, k.year), body);
export const patchVersion = (k: PlanKey, v: string, body: VersionPatch) => api.request<VersionInfo>('PATCH', versionPaths.one(k.pemda, k.opd, k.year, v), body);
export const moveVersion = (k: PlanKey, v: string, body: { to: Transition; signed?: string; note?: string | null }) =>
  api.request<VersionInfo>('POST', `${versionPaths.one(k.pemda, k.opd, k.year, v)}/status`, body);
export const createPerubahan = (k: PlanKey, v: string, body: { basis: string; signed: string }) =>
  api.request<VersionInfo>('POST', `${versionPaths.one(k.pemda, k.opd, k.year, v)}/perubahan`, body);
export const getVersionContent = (k: PlanKey, v: string, signal?: AbortSignal) =>
  api.get<Dataset>(`${versionPaths.one(k.pemda, k.opd, k.year, v)}/content`, signal);
export const getDiff = (k: PlanKey, from: string, to: string, signal?: AbortSignal) => api.get<DiffAnswer>(versionPaths.diff(k.pemda, k.opd, k.year, from, to), signal);
