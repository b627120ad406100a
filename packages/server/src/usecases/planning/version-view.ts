/** How a document version is shown by the API. */
import type { DocRow } from './rows.ts';

export interface Signatory {
  name: string;
  rank?: string | null;
  nip?: string | null;
  position?: string | null;
}

/** One status step of a version (kept in extra.history by the status transition). */
export interface StatusStep {
  from: string;
  to: string;
  by: string;
  at: string;
  note: string | null;
}

export interface VersionView {
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
  history: StatusStep[];
  createdAt: string;
}

export const historyOf = (extra: unknown): StatusStep[] => {
  const h = (extra as { history?: unknown } | null)?.history;
  return Array.isArray(h) ? (h as StatusStep[]) : [];
};

const signatoriesOf = (extra: unknown): VersionView['signatories'] => {
  const s = (extra as { signatories?: unknown } | null)?.signatories;
  return typeof s === 'object' && s !== null ? (s as VersionView['signatories']) : {};
};

export function versionView(d: DocRow, all: readonly DocRow[]): VersionView {
  return {
    id: d.id,
    kind: d.kind,
    revision: d.revision,
    versionNo: d.versionNo,
    status: d.status,
    basis: d.basis,
    signed: d.signed,
    supersedesId: d.supersedesId,
    supersededById: all.find((x) => x.supersedesId === d.id)?.id ?? null,
    frozen: d.snapshot !== null,
    signatories: signatoriesOf(d.extra),
    history: historyOf(d.extra),
    createdAt: d.createdAt.toISOString(),
  };
}
