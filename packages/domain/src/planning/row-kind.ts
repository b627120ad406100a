/**
 * What a pasted row is in the plan tree, from its code (Kepmendagri format) or its numbering
 * (`A.` sasaran, `1` program, `1.1.` kegiatan), else from the rows above it.
 */
import { codeKindOf } from '../codes.ts';
import type { NodeKind } from '../dataset.ts';
import type { RowKind } from './types.ts';

const LADDER: NodeKind[] = ['visi', 'misi', 'tujuan', 'sasaran', 'program', 'kegiatan', 'subkegiatan'];

export function kindFromNumbering(no: string | null): NodeKind | null {
  if (!no) return null;
  const n = no.trim();
  if (/^[A-Z]\.?$/.test(n) || /^(i|ii|iii|iv|v|vi|vii|viii|ix|x)\.?$/i.test(n)) return 'sasaran';
  if (/^\d+\.?$/.test(n)) return 'program';
  if (/^\d+\.\d+\.?$/.test(n)) return 'kegiatan';
  if (/^\d+\.\d+\.\d+\.?$/.test(n)) return 'subkegiatan';
  return null;
}

export function kindFromCode(code: string | null): RowKind | null {
  if (!code) return null;
  const k = codeKindOf(code);
  if (k === 'urusan' || k === 'bidang') return 'heading';
  return k;
}

/** The kind one level below `kind` (sub kegiatan stays sub kegiatan). */
export function childKind(kind: NodeKind): NodeKind {
  const i = LADDER.indexOf(kind);
  return i < 0 || i === LADDER.length - 1 ? 'subkegiatan' : (LADDER[i + 1] as NodeKind);
}

export const levelOf = (kind: NodeKind): number => LADDER.indexOf(kind);
