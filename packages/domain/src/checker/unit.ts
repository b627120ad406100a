/**
 * `unit` checks: a unit that contradicts the indicator's name ("Persentase …" in Orang, "Jumlah …"
 * in %, "Jumlah Dokumen …" in Laporan) or a value printed elsewhere in another unit
 * (`alternatives[].unit`).
 */
import type { DatasetIndicator } from '../dataset.ts';
import type { CheckContext } from './context.ts';
import { CM } from './messages.ts';
import { isRecord, label } from './support.ts';
import type { CheckFinding } from './types.ts';

/** Count nouns that name a unit; words of one class are interchangeable (ASN, PNS, orang). */
const CLASSES: Record<string, string> = {
  orang: 'orang', asn: 'orang', pns: 'orang', pegawai: 'orang', peserta: 'orang', aparatur: 'orang',
  pejabat: 'orang', jiwa: 'orang', cpns: 'orang',
  dokumen: 'dokumen', laporan: 'laporan', paket: 'paket', unit: 'unit', lembaga: 'lembaga',
};

const PERCENT = /^(%|persen|prosen|persentase)$/i;

const firstWord = (text: string): string => text.trim().toLowerCase().split(/[\s/()]+/)[0] ?? '';

export function expectedFromName(name: string): { kind: 'percent' | 'count'; cls: string | null } | null {
  const words = name.trim().toLowerCase().split(/\s+/);
  if (words[0] === 'persentase' || words[0] === 'prosentase') return { kind: 'percent', cls: null };
  if (words[0] === 'jumlah') return { kind: 'count', cls: CLASSES[words[1] ?? ''] ?? null };
  return null;
}

function nameFindings(ind: DatasetIndicator): CheckFinding[] {
  if (typeof ind.unit !== 'string' || ind.unit.trim() === '') return [];
  const expected = expectedFromName(ind.name);
  if (!expected) return [];
  const unit = ind.unit.trim();
  const unitIsPercent = PERCENT.test(unit);
  const unitClass = CLASSES[firstWord(unit)] ?? null;
  let want: string | null = null;
  if (expected.kind === 'percent' && !unitIsPercent && unitClass !== null) want = CM.expectedPercent;
  else if (expected.kind === 'count' && unitIsPercent) want = CM.expectedCount;
  else if (expected.kind === 'count' && expected.cls && unitClass && expected.cls !== unitClass) want = expected.cls;
  if (want === null) return [];
  return [
    {
      code: 'unit.name',
      check: 'unit',
      severity: 'warning',
      ref: ind.id,
      where: CM.where(null, label(ind), 'satuan'),
      printed: unit,
      computed: want,
      message: CM.unitName(want, unit),
    },
  ];
}

function alternativeFindings(ind: DatasetIndicator): CheckFinding[] {
  if (typeof ind.unit !== 'string' || ind.unit.trim() === '') return [];
  const own = ind.unit.trim();
  return (ind.alternatives ?? [])
    .filter((a) => isRecord(a) && typeof a.unit === 'string' && a.unit.trim().toLowerCase() !== own.toLowerCase())
    .map((a) => ({
      code: 'unit.alternative',
      check: 'unit' as const,
      severity: 'warning' as const,
      ref: ind.id,
      where: CM.where(a.source, label(ind), `satuan ${a.field}`),
      printed: `${String(a.value)} ${String(a.unit)}`,
      computed: own,
      message: CM.unitAlternative(own, a.source, String(a.unit), a.field),
    }));
}

export const checkUnits = (ctx: CheckContext): CheckFinding[] =>
  ctx.dataset.indicators.flatMap((ind) => [...nameFindings(ind), ...alternativeFindings(ind)]);
