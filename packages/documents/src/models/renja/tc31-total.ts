/**
 * T-C.31 JUMLAH (domain-rules §6.3 "block totals"): Σ of the program rows of each block — the
 * rancangan awal's pagu indikatif and the hasil analisis' kebutuhan dana. Where the dataset keeps
 * the seed's printed JUMLAH (`profile.finance.totals.raw.total_<year>_tc31_*`) and it differs, the
 * model lists a discrepancy.
 */
import type { CheckFinding, Dataset } from '@kinerja/domain';
import type { Figures } from '../../engine.ts';
import { formatNumber } from '../../format.ts';
import { num } from '../../model/blocks.ts';
import type { TableRow } from '../../model/types.ts';
import { lkjipText, messages } from '../../messages.ts';
import { asNumber, at } from '../lkjip/read.ts';

export interface Tc31Totals {
  row: TableRow;
  discrepancies: CheckFinding[];
}

export const tc31Totals = (dataset: Dataset, figures: Figures, year: number, programs: readonly { pagu: number | null; dana: number | null }[]): Tc31Totals => {
  const pagu = figures.sum(programs.map((p) => p.pagu));
  const dana = figures.sum(programs.map((p) => p.dana));
  const raw = at(dataset.profile, 'finance', 'totals', 'raw');
  const printed = [
    ['rancangan_awal', 'Pagu indikatif', pagu],
    ['hasil_analisis', 'Kebutuhan dana', dana],
  ] as const;
  const discrepancies: CheckFinding[] = [];
  for (const [key, label, computed] of printed) {
    const stored = asNumber(at(raw, `total_${year}_tc31_${key}`));
    if (stored === null || computed === null || stored === computed) continue;
    discrepancies.push({
      code: 'document.tc31_total',
      check: 'sum',
      severity: 'warning',
      ref: 'FIN-TOTAL',
      where: `Tabel T-C.31, baris ${messages.total}`,
      printed: formatNumber(stored, 'money'),
      computed: formatNumber(computed, 'money'),
      message: lkjipText.totalDiffers(label, formatNumber(stored, 'money'), formatNumber(computed, 'money')),
    });
  }
  return {
    row: {
      kind: 'total',
      bold: true,
      cells: {
        a_name: { value: messages.total, colSpan: 4, align: 'center', bold: true },
        a_pagu: num(pagu, 'money'),
        b_name: { value: messages.total, colSpan: 4, align: 'center', bold: true },
        b_dana: num(dana, 'money'),
        catatan: '',
      },
    },
    discrepancies,
  };
};
