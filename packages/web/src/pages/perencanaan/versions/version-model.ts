/**
 * The versions of a plan as the panel shows them: grouped per document kind in planning order,
 * labels, and which steps a user's roles allow (the server decides; this only hides buttons).
 */
import type { Me } from '../../../api/types.ts';
import { id } from '../../../i18n/id.ts';
import type { VersionInfo } from './versions-api.ts';

const t = id.planningVersions;

/** Planning order: Renstra → IKU → IKI → Renja → PK → Rencana Aksi, then what else the source had. */
export const KIND_ORDER = ['renstra', 'iku', 'iki', 'renja', 'pk', 'renaksi'] as const;
/** The kinds a user may start (POST versions accepts these). */
export const STARTABLE_KINDS: readonly string[] = KIND_ORDER;

export const kindLabel = (kind: string): string => id.perencanaan.docKinds[kind] ?? kind.toUpperCase();
export const statusLabel = (status: string): string => t.statuses[status] ?? status;

export interface KindGroup {
  kind: string;
  label: string;
  /** oldest first */
  versions: VersionInfo[];
}

export function groupByKind(versions: readonly VersionInfo[]): KindGroup[] {
  const kinds = [...new Set(versions.map((v) => v.kind))];
  const rank = (k: string) => {
    const i = (KIND_ORDER as readonly string[]).indexOf(k);
    return i < 0 ? KIND_ORDER.length : i;
  };
  kinds.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return kinds.map((kind) => ({
    kind,
    label: kindLabel(kind),
    versions: versions.filter((v) => v.kind === kind).sort((a, b) => a.versionNo - b.versionNo || a.createdAt.localeCompare(b.createdAt)),
  }));
}

/** `Awal`, `Perubahan`, `Perubahan ke-2`, `Reviu` … (as the source names the revision). */
export function revisionLabel(revision: string | null): string | null {
  if (!revision) return null;
  const m = /^perubahan-(\d+)$/.exec(revision);
  if (m?.[1]) return t.revisionN(m[1]);
  return t.revisions[revision] ?? revision.replace(/_/g, ' ');
}

/** `Perjanjian Kinerja versi 2 (Perubahan)` */
export function versionTitle(v: VersionInfo): string {
  const rev = revisionLabel(v.revision);
  return `${kindLabel(v.kind)} ${t.version(v.versionNo).toLowerCase()}${rev ? ` (${rev})` : ''}`;
}

export interface Rights {
  /** plan.edit on the OPD: start, edit drafts, submit, make a Perubahan */
  edit: boolean;
  /** plan.approve on the OPD: approve and sign */
  approve: boolean;
}

/** plan.approve: the OPD's pimpinan, admin_pemda, superadmin (server/src/permissions.ts). */
export function mayApprovePlan(me: Me | null, opdSlug: string): boolean {
  return (me?.roles ?? []).some((r) => r.role === 'superadmin' || r.role === 'admin_pemda' || (r.role === 'pimpinan' && r.opd?.slug === opdSlug));
}

export type VersionAction = 'view' | 'edit' | 'submit' | 'approve' | 'sign' | 'return' | 'perubahan';

const isFinal = (status: string) => status === 'approved' || status === 'signed';

/** The buttons of a version row, in the order shown. */
export function actionsFor(v: VersionInfo, rights: Rights): VersionAction[] {
  const out: VersionAction[] = ['view'];
  if (v.status === 'draft' && rights.edit) out.push('submit', 'edit');
  if (v.status === 'submitted' && rights.approve) out.push('approve');
  if (v.status === 'submitted' && (rights.edit || rights.approve)) out.push('return');
  if (v.status === 'approved' && rights.approve) out.push('sign');
  if (isFinal(v.status) && !v.supersededById && rights.edit) out.push('perubahan');
  return out;
}

/** The pair compared first: the newest version of a document against the one it replaces. */
export function defaultPair(versions: readonly VersionInfo[]): { from: string; to: string } | null {
  const withPrev = [...versions].filter((v) => v.supersedesId && versions.some((x) => x.id === v.supersedesId)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const latest = withPrev[0];
  if (latest?.supersedesId) return { from: latest.supersedesId, to: latest.id };
  const [a, b] = [...versions].sort((x, y) => x.createdAt.localeCompare(y.createdAt)).slice(-2);
  return a && b ? { from: a.id, to: b.id } : null;
}
