/**
 * The figures a document prints, all taken from the domain engine (@kinerja/domain). Models ask
 * this module; they never compute a capaian, a band, an absorption or a total themselves.
 */
import type { Dataset } from '@kinerja/domain';

export interface Figures {
  /** Σ of integer rupiah amounts (missing amounts left out); null when none is present. */
  sumMoney: (amounts: (number | null | undefined)[]) => number | null;
}

export const figuresFor = (_dataset: Dataset, _rules?: unknown): Figures => ({
  sumMoney: (amounts) => {
    const present = amounts.filter((a): a is number => typeof a === 'number');
    return present.length === 0 ? null : present.reduce((a, b) => a + b, 0);
  },
});
