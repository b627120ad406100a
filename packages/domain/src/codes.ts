/** Kode urusan / program / kegiatan / sub kegiatan (Kepmendagri 050-5889/2021, §2.4). */
import type { NodeKind } from './dataset.ts';

export type CodeKind = NodeKind | 'urusan' | 'bidang';

const PATTERNS: [CodeKind, RegExp][] = [
  ['urusan', /^\d$/],
  ['bidang', /^\d\.\d{2}$/],
  ['program', /^\d\.\d{2}\.\d{2}$/],
  ['kegiatan', /^\d\.\d{2}\.\d{2}\.\d\.\d{2}$/],
  ['subkegiatan', /^\d\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{4}$/],
];
/** Permendagri 90/2019 style sub kegiatan with a 2-digit last segment (`5.03.01.2.01.06`). */
const LEGACY_SUBKEGIATAN = /^\d\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{2}$/;

const REASONS = {
  empty: 'kode kosong',
  format: 'format kode tidak sesuai Kepmendagri 050-5889/2021',
  wrongKind: (actual: string, expected: string) => `kode berformat ${actual}, bukan ${expected}`,
  notCoded: 'jenis simpul ini tidak memakai kode nomenklatur',
} as const;

/** The level a code's shape denotes (legacy sub kegiatan included), or null. */
export function codeKindOf(code: string): CodeKind | null {
  const c = code.trim();
  for (const [kind, re] of PATTERNS) if (re.test(c)) return kind;
  return LEGACY_SUBKEGIATAN.test(c) ? 'subkegiatan' : null;
}

export const isLegacyCode = (code: string): boolean => LEGACY_SUBKEGIATAN.test(code.trim());

/**
 * Whether `code` is a valid code for a node of `kind`. Legacy 2-digit sub kegiatan codes are
 * accepted with `legacy: true` (normalise them with `normaliseLegacyCode` once the nomenclature
 * confirms the name). Kinds other than program/kegiatan/subkegiatan carry no code.
 */
export function validateCode(code: string, kind: NodeKind): { ok: boolean; legacy: boolean; reason: string | null } {
  const c = code.trim();
  if (c === '') return { ok: false, legacy: false, reason: REASONS.empty };
  if (kind !== 'program' && kind !== 'kegiatan' && kind !== 'subkegiatan') {
    return { ok: false, legacy: false, reason: REASONS.notCoded };
  }
  const actual = codeKindOf(c);
  if (actual === null) return { ok: false, legacy: false, reason: REASONS.format };
  if (actual !== kind) return { ok: false, legacy: false, reason: REASONS.wrongKind(actual, kind) };
  return { ok: true, legacy: isLegacyCode(c), reason: null };
}

/**
 * The code of the next level up: sub kegiatan drops `.SSSS`, kegiatan `.K.KK`, program `.PP`,
 * bidang `.BB`; an urusan or an invalid code → null.
 */
export function parentCode(code: string): string | null {
  const c = code.trim();
  const kind = codeKindOf(c);
  if (kind === null || kind === 'urusan') return null;
  const parts = c.split('.');
  const keep = kind === 'subkegiatan' ? 5 : kind === 'kegiatan' ? 3 : kind === 'program' ? 2 : 1;
  return parts.slice(0, keep).join('.');
}

/** Whether `childCode` sits directly under `parentCodeValue` (legacy codes normalised). */
export function extendsParent(childCode: string, parentCodeValue: string): boolean {
  const p = parentCode(normaliseLegacyCode(childCode));
  return p !== null && p === normaliseLegacyCode(parentCodeValue);
}

/** `5.03.01.2.01.06` → `5.03.01.2.01.0006`; any other code unchanged (trimmed). */
export function normaliseLegacyCode(code: string): string {
  const c = code.trim();
  if (!LEGACY_SUBKEGIATAN.test(c)) return c;
  const i = c.lastIndexOf('.');
  return `${c.slice(0, i)}.${c.slice(i + 1).padStart(4, '0')}`;
}
