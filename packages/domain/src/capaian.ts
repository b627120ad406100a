/**
 * Capaian of one target/realisation pair (domain-rules.md §4.1–4.6). Values are unrounded;
 * rounding is for display only.
 */
import type { Polarity } from './dataset.ts';
import { MSG } from './messages.ts';
import { DEFAULT_RULES, type RuleSet, type ZeroTargetRule } from './rules.ts';
import { akipPredikat, meritCategory, skmMutu } from './scales.ts';
import { commonScale, readCell, type CapaianInput, type CellValue, type OrdinalScaleName, ORDINAL_SCALES } from './values.ts';

export type CapaianStatus = 'tercapai' | 'tidak_tercapai' | 'tidak_dapat_dihitung' | 'belum_ada_data';
export type CapaianMethod = 'ratio' | 'difference' | 'binary' | 'ordinal' | 'range';

export interface CapaianResult {
  value: number | null;
  status: CapaianStatus;
  reason: string | null;
  method: CapaianMethod;
}

export type { CapaianInput } from './values.ts';

const result = (value: number | null, status: CapaianStatus, method: CapaianMethod, reason: string | null = null): CapaianResult => ({
  value,
  status,
  reason,
  method,
});

/** §4.6: capaian above this are probable target-setting errors (flag, do not change). */
export const EXTREME_CAPAIAN = 200;
export const isExtremeCapaian = (value: number | null | undefined): boolean =>
  typeof value === 'number' && value > EXTREME_CAPAIAN;

const met = (ok: boolean): CapaianStatus => (ok ? 'tercapai' : 'tidak_tercapai');

/** R/T × 100 computed as R × 100 / T (246,5 × 100 / 250 = 98,6 exactly). */
const ratio = (num: number, den: number): number => (num * 100) / den;

function applyDisplayCap(r: CapaianResult, rules: RuleSet): CapaianResult {
  if (!rules.capDisplay || rules.capaianCap === null || r.value === null || r.value <= rules.capaianCap) return r;
  return { ...r, value: rules.capaianCap };
}

function zeroTarget(rule: ZeroTargetRule, r: number, negative: boolean): CapaianResult {
  const ok = negative ? r <= 0 : r >= 0;
  if (rule === '100') return result(100, 'tercapai', 'ratio', MSG.zeroTarget);
  if (rule === 'binary') return result(ok ? 100 : 0, met(ok), 'binary', MSG.zeroTarget);
  return result(null, met(ok), 'ratio', MSG.zeroTarget);
}

/** Numeric capaian for a single target T (T ≠ 0, both ≥ 0 unless method says otherwise). */
function numeric(t: number, r: number, negative: boolean, rules: RuleSet): CapaianResult {
  const ok = negative ? r <= t : r >= t;
  if (rules.capaianMethod === 'binary') return result(ok ? 100 : 0, met(ok), 'binary');
  if (rules.capaianMethod === 'difference' || t < 0 || r < 0) {
    const reason = rules.capaianMethod === 'difference' ? null : MSG.negativeValues;
    return result(r - t, met(ok), 'difference', reason);
  }
  if (t === 0) return zeroTarget(negative ? rules.zeroTargetRule.negative : rules.zeroTargetRule.positive, r, negative);
  if (!negative) return result(ratio(r, t), met(ok), 'ratio');
  if (rules.negativeFormula === 'inverse_ratio') {
    if (r === 0) {
      return rules.capaianCap === null
        ? result(null, 'tercapai', 'ratio', MSG.zeroRealizationInverse)
        : result(rules.capaianCap, 'tercapai', 'ratio', MSG.zeroRealizationInverse);
    }
    return result(ratio(t, r), met(ok), 'ratio');
  }
  const raw = ratio(2 * t - r, t);
  const floored = rules.negativeFloor === null ? raw : Math.max(raw, rules.negativeFloor);
  return result(floored, met(ok), 'ratio');
}

/** §4.3: inside the range → 100; outside, the nearest bound is the target (or the midpoint). */
function rangeCapaian(lo: number, hi: number, r: number, polarity: Polarity, rules: RuleSet): CapaianResult {
  if (r >= lo && r <= hi) return result(100, 'tercapai', 'range');
  const negative = polarity === 'negative' || (polarity === 'range' && r > hi);
  const t = rules.rangeTargetRule === 'midpoint' ? (lo + hi) / 2 : r > hi ? hi : lo;
  const inner = numeric(t, r, negative, rules);
  const ok = polarity === 'range' ? false : negative ? r <= hi : r >= lo;
  return { ...inner, status: inner.value === null ? inner.status : met(ok), method: 'range' };
}

/** A number as a rank on an ordinal scale (71,51 on the AKIP scale → BB = 5). */
function rankOfNumber(scale: OrdinalScaleName, n: number): number | undefined {
  const code =
    scale === 'akip' ? akipPredikat(n).code : scale === 'skm' ? skmMutu(n).code : scale === 'merit' ? meritCategory(n).code : null;
  if (code === null) return undefined;
  const i = ORDINAL_SCALES[scale].indexOf(code.toLowerCase());
  return i >= 0 ? i + 1 : undefined;
}

function ordinalCapaian(tc: CellValue, rc: CellValue, rules: RuleSet): CapaianResult {
  let pair: { a: number; b: number; scale: OrdinalScaleName } | null = null;
  if (tc.kind === 'ordinal' && rc.kind === 'ordinal') pair = commonScale(tc.ranks, rc.ranks);
  else if (tc.kind === 'ordinal' && rc.kind === 'number') {
    for (const scale of ['akip', 'skm', 'merit'] as const) {
      const a = tc.ranks[scale];
      const b = rankOfNumber(scale, rc.value);
      if (a !== undefined && b !== undefined) {
        pair = { a, b, scale };
        break;
      }
    }
  }
  if (!pair) return result(null, 'tidak_dapat_dihitung', 'ordinal', MSG.ordinalScaleMismatch);
  const { a: rankT, b: rankR, scale } = pair;
  const method: CapaianMethod = scale === 'binary' ? 'binary' : 'ordinal';
  if (scale === 'binary') return result(rankR >= rankT ? 100 : 0, met(rankR >= rankT), method);
  if (rules.ordinalCapaian === 'status' && rankR >= rankT) return result(100, 'tercapai', method);
  return result(ratio(rankR, rankT), met(rankR >= rankT), method, rankR >= rankT ? null : MSG.ordinalBelowTarget);
}

/**
 * Capaian (%) of realisation against target under `polarity` (null → positive) and `rules`.
 * Missing target or realisation → value null, status `belum_ada_data`.
 */
export function capaian(
  target: CapaianInput,
  realization: CapaianInput,
  polarity: Polarity | null | undefined,
  rules: RuleSet = DEFAULT_RULES,
): CapaianResult {
  const tc = readCell(target);
  const rc = readCell(realization);
  if (tc.kind === 'none') return result(null, 'belum_ada_data', 'ratio', MSG.missingTarget);
  if (rc.kind === 'none') return result(null, 'belum_ada_data', 'ratio', MSG.missingRealization);
  if (tc.kind === 'invalid' || rc.kind === 'invalid') return result(null, 'tidak_dapat_dihitung', 'ratio', MSG.unparseable);
  const pol: Polarity = polarity ?? 'positive';
  if (tc.kind === 'ordinal' || rc.kind === 'ordinal') return applyDisplayCap(ordinalCapaian(tc, rc, rules), rules);
  if (rc.kind !== 'number') return result(null, 'tidak_dapat_dihitung', 'ratio', MSG.unparseable);
  if (tc.kind === 'range') return applyDisplayCap(rangeCapaian(tc.lo, tc.hi, rc.value, pol, rules), rules);
  return applyDisplayCap(numeric(tc.value, rc.value, pol === 'negative', rules), rules);
}
