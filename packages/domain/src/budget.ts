/** Budget analysis (§7): serapan, efisiensi, money roll-ups. Money is integer rupiah. */
import { DEFAULT_RULES, type RuleSet } from './rules.ts';

const isNum = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** §7.1 serapan = realisasi / pagu × 100; pagu 0 or a missing side → null. Above 100 is kept. */
export function absorption(realisasi: number | null | undefined, pagu: number | null | undefined): number | null {
  if (!isNum(realisasi) || !isNum(pagu) || pagu === 0) return null;
  return (realisasi * 100) / pagu;
}

/**
 * §7.2 efisiensi: `ratio` E = capaian % / serapan % (efisien when E ≥ 1) or `difference`
 * E = capaian % − serapan % (efisien when E ≥ 0). A missing side, or serapan 0 for a ratio → null.
 */
export function efficiency(
  capaianPct: number | null | undefined,
  absorptionPct: number | null | undefined,
  rules: RuleSet = DEFAULT_RULES,
): { value: number | null; efisien: boolean | null } {
  if (!isNum(capaianPct) || !isNum(absorptionPct)) return { value: null, efisien: null };
  if (rules.efficiencyFormula === 'difference') {
    const value = capaianPct - absorptionPct;
    return { value, efisien: value >= 0 };
  }
  if (absorptionPct === 0) return { value: null, efisien: null };
  const value = capaianPct / absorptionPct;
  return { value, efisien: value >= 1 };
}

/** Σ of the values present; nothing present → null (missing is not zero). */
export function sumChildren(values: readonly (number | null | undefined)[]): number | null {
  const present = values.filter(isNum);
  return present.length === 0 ? null : present.reduce((s, v) => s + v, 0);
}

/** §7.2 OPD efficiency: mean of the sasaran E, or weighted by pagu (`efficiencyAverage`). */
export function averageEfficiency(
  rows: readonly { value: number | null; pagu?: number | null }[],
  rules: RuleSet = DEFAULT_RULES,
): number | null {
  const present = rows.filter((r): r is { value: number; pagu?: number | null } => isNum(r.value));
  if (present.length === 0) return null;
  if (rules.efficiencyAverage === 'pagu_weighted') {
    const weighted = present.filter((r) => isNum(r.pagu) && r.pagu > 0);
    const total = weighted.reduce((s, r) => s + (r.pagu as number), 0);
    if (total === 0) return null;
    return weighted.reduce((s, r) => s + r.value * (r.pagu as number), 0) / total;
  }
  return present.reduce((s, r) => s + r.value, 0) / present.length;
}

/** §7.3 computed status: the node's own target reached (capaian ≥ `menunjangThreshold`). */
export function targetReached(capaianPct: number | null | undefined, rules: RuleSet = DEFAULT_RULES): boolean | null {
  return isNum(capaianPct) ? capaianPct >= rules.menunjangThreshold : null;
}
