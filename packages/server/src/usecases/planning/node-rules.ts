/** Where a node may hang and which code it may carry (§2.2, §2.4): checked before every write. */
import { validateCode, extendsParent, KinerjaError, type NodeKind } from '@kinerja/domain';
import { pm } from './messages.ts';

const PARENTS: Record<NodeKind, (NodeKind | null)[]> = {
  visi: [null],
  misi: ['visi', null],
  tujuan: ['misi', 'visi', null],
  sasaran: ['tujuan', 'misi', null],
  program: ['sasaran', null],
  kegiatan: ['program'],
  subkegiatan: ['kegiatan'],
  iki: ['sasaran', 'program', 'kegiatan', 'subkegiatan', 'iki'],
};

export const KIND_LABEL: Record<NodeKind, string> = {
  visi: 'visi',
  misi: 'misi',
  tujuan: 'tujuan',
  sasaran: 'sasaran',
  program: 'program',
  kegiatan: 'kegiatan',
  subkegiatan: 'sub kegiatan',
  iki: 'IKI',
};

export interface ParentInfo {
  kind: string;
  code: string | null;
}

export function checkPlacement(kind: NodeKind, parent: ParentInfo | null): void {
  const parentKind = (parent?.kind ?? null) as NodeKind | null;
  if (!PARENTS[kind].includes(parentKind)) {
    throw new KinerjaError('invalid', pm.parentKind(KIND_LABEL[kind], parentKind ? KIND_LABEL[parentKind] : 'akar pohon'), 'parentId');
  }
}

export function checkCode(kind: NodeKind, code: string | null | undefined, parent: ParentInfo | null): void {
  if (!code) return;
  const v = validateCode(code, kind);
  if (!v.ok) throw new KinerjaError('invalid', pm.codeInvalid(v.reason ?? ''), 'code');
  if (parent?.code && (parent.kind === 'program' || parent.kind === 'kegiatan') && !extendsParent(code, parent.code)) {
    throw new KinerjaError('invalid', pm.codeNotUnderParent(code, parent.code), 'code');
  }
}
