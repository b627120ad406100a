/**
 * The versioned rule set (domain-rules.md §12a): every formula choice, band and threshold a
 * computation uses. Stored results keep the rule-set id and version they were computed with.
 */
import type { RoundingMode } from './numbers.ts';

export type BandCode = 'ST' | 'T' | 'S' | 'R' | 'SR';
export type ZeroTargetRule = 'null' | 'binary' | '100';
export type Accumulation = 'sum' | 'last' | 'average';

export interface RuleSet {
  id: string;
  version: number;
  /** §0 display rounding */
  roundingMode: RoundingMode;
  /** §0 band classification on the 2-decimal value or the raw value */
  classifyOn: 'rounded2' | 'raw';
  /** §0 printed vs recomputed: percent/score tolerance and rupiah tolerance */
  compareTolerance: { percent: number; money: number };
  /** §4.2 */
  negativeFormula: 'two_minus_ratio' | 'inverse_ratio';
  /** §4.2 lowest capaian of the two_minus_ratio formula; null = no floor */
  negativeFloor: number | null;
  /** §4.3 */
  rangeTargetRule: 'nearest_bound' | 'midpoint';
  /** §4.4 target 0 per polarity */
  zeroTargetRule: { positive: ZeroTargetRule; negative: ZeroTargetRule };
  /** §4.4 `ratio` falls back to `difference` when T or R < 0 */
  capaianMethod: 'ratio' | 'difference' | 'binary';
  /** §4.4 legacy: periods without data count as 0 */
  missingAsZero: boolean;
  /** §4.5 */
  ordinalCapaian: 'status' | 'rank_ratio';
  /** §4.6 null = no cap; applied when averaging, and on display when capDisplay */
  capaianCap: number | null;
  capDisplay: boolean;
  /** §4.9 accumulation across Renstra years, per within-year aggregation */
  renstraAccumulation: { cumulative: Accumulation; last: Accumulation; average: Accumulation };
  includeBaseline: boolean;
  /**
   * §4.9 cumulative realisation to date: continue from an earlier printed `renstra_realization`
   * (a running total such as T-C.29 col 11) `always`, only `with_baseline` (when includeBaseline:
   * those totals count the Renstra baseline, the end target must too), or `never`.
   */
  renstraPrintedBase: 'always' | 'with_baseline' | 'never';
  /** §4.10 indicator id → weight (missing = 1) */
  indicatorWeights: Record<string, number>;
  includeTujuanInAverage: boolean;
  /** §5 */
  capaianBands: 'left_open' | 'round_then_integer';
  bandLabels: Record<BandCode, string>;
  /** §7 */
  paguBasis: 'latest' | 'murni';
  efficiencyFormula: 'ratio' | 'difference';
  efficiencyCapaianBasis: 'annual_pk' | 'renstra';
  efficiencyAverage: 'mean' | 'pagu_weighted';
  menunjangThreshold: number;
  /** §9 */
  akipBoundary: 'left_open' | 'left_closed';
  /** §10 */
  skmWeightRounding: 'exact' | '0.11';
  skmAnnual: 'pooled' | 'mean_of_periods' | 'respondent_weighted';
  /** §12 exclusive lower bounds of Sangat Tinggi, Tinggi, Sedang, Rendah */
  ipAsnBands: [number, number, number, number];
}

export const DEFAULT_BAND_LABELS: Record<BandCode, string> = {
  ST: 'Sangat Tinggi',
  T: 'Tinggi',
  S: 'Sedang',
  R: 'Rendah',
  SR: 'Sangat Rendah',
};

/** Freezes a rule set and its nested objects: presets are shared and must never change. */
function frozen(rules: RuleSet): RuleSet {
  for (const v of Object.values(rules)) if (typeof v === 'object' && v !== null) Object.freeze(v);
  return Object.freeze(rules);
}

export const DEFAULT_RULES: RuleSet = frozen({
  id: 'pemda-default',
  version: 1,
  roundingMode: 'half_up',
  classifyOn: 'rounded2',
  compareTolerance: { percent: 0.01, money: 0 },
  negativeFormula: 'two_minus_ratio',
  negativeFloor: 0,
  rangeTargetRule: 'nearest_bound',
  zeroTargetRule: { positive: 'null', negative: 'binary' },
  capaianMethod: 'ratio',
  missingAsZero: false,
  ordinalCapaian: 'status',
  capaianCap: null,
  capDisplay: false,
  renstraAccumulation: { cumulative: 'sum', last: 'last', average: 'last' },
  includeBaseline: false,
  renstraPrintedBase: 'with_baseline',
  indicatorWeights: {},
  includeTujuanInAverage: false,
  capaianBands: 'left_open',
  bandLabels: { ...DEFAULT_BAND_LABELS },
  paguBasis: 'latest',
  efficiencyFormula: 'ratio',
  efficiencyCapaianBasis: 'annual_pk',
  efficiencyAverage: 'mean',
  menunjangThreshold: 100,
  akipBoundary: 'left_open',
  skmWeightRounding: 'exact',
  skmAnnual: 'pooled',
  ipAsnBands: [90, 80, 70, 60],
});

/** Reproduces legacy Renja/LKjIP tables (seed 003 T-C.29, seed 001 truncation). */
const LEGACY_RENJA: RuleSet = frozen({
  ...DEFAULT_RULES,
  id: 'legacy-renja',
  roundingMode: 'truncate',
  includeBaseline: true,
  missingAsZero: true,
  renstraAccumulation: { cumulative: 'sum', last: 'average', average: 'average' },
});

const BANDS_INTEGER: RuleSet = frozen({ ...DEFAULT_RULES, id: 'bands-integer', capaianBands: 'round_then_integer' });

const INVERSE_RATIO: RuleSet = frozen({ ...DEFAULT_RULES, id: 'inverse-ratio', negativeFormula: 'inverse_ratio' });

export const RULE_PRESETS: Record<string, RuleSet> = {
  'pemda-default': DEFAULT_RULES,
  'legacy-renja': LEGACY_RENJA,
  'bands-integer': BANDS_INTEGER,
  'inverse-ratio': INVERSE_RATIO,
};
