/** The planning workspace endpoints the Perencanaan page calls (docs/api-contract.md "Perencanaan"). */
import type { CheckFinding, Dataset } from '@kinerja/domain';
import { api } from '../../api/client.ts';
import type { PlanRequest } from './grid/changes.ts';

const enc = encodeURIComponent;

export interface PlanVersion {
  id: string;
  kind: string;
  revision: string | null;
  versionNo: number;
  status: string;
  basis: string | null;
  signed: string | null;
  frozen: boolean;
}

export interface Workspace {
  year: number;
  opd: { slug: string; name: string };
  canEdit: boolean;
  locked: PlanVersion | null;
  versions: PlanVersion[];
  units: { id: string; name: string }[];
  plan: Dataset;
  warnings: CheckFinding[];
}

export interface CreatedPlan {
  planId: string;
  year: number;
  nodes: number;
  indicators: number;
  targets: number;
}

/** The stored rows the create routes answer with (only what the grid reads). */
export interface StoredRow {
  id: string;
}

export const planBase = (pemda: string, opd: string, year: number): string => `/api/pemda/${enc(pemda)}/opd/${enc(opd)}/plans/${year}`;

export const getWorkspace = (pemda: string, opd: string, year: number, signal?: AbortSignal) =>
  api.get<Workspace>(`${planBase(pemda, opd, year)}/workspace`, signal);

export const createPlan = (pemda: string, opd: string, body: { year: number; renstra?: { start: number; end: number }; from?: number }) =>
  api.request<CreatedPlan>('POST', `/api/pemda/${enc(pemda)}/opd/${enc(opd)}/plans`, body);

/** Sends one request of the grid, relative to the plan's base path. */
export const sendPlanRequest = <T = unknown>(base: string, r: PlanRequest) => api.request<T>(r.method, `${base}/${r.path}`, r.body);
