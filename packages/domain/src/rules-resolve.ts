/** Validates per-Pemda overrides of a rule set; every error names the offending key. */
import { KinerjaError } from './errors.ts';
import { MSG } from './messages.ts';
import { DEFAULT_RULES, RULE_PRESETS, type RuleSet } from './rules.ts';

type Check = (value: unknown, key: string, current: unknown) => unknown;

/** Throws the reason at `key`, quoting the value given (when there is one) so the user sees both. */
const fail = (message: string, key: string, value?: unknown): never => {
  const shown = value === undefined ? undefined : JSON.stringify(value);
  throw new KinerjaError('invalid', shown === undefined ? message : MSG.givenValue(message, shown.slice(0, 80)), key);
};
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const oneOf =
  (...values: string[]): Check =>
  (v, key) =>
    typeof v === 'string' && values.includes(v) ? v : fail(MSG.expectedOneOf(values), key, v);
const bool: Check = (v, key) => (typeof v === 'boolean' ? v : fail(MSG.expectedBoolean, key, v));
const num: Check = (v, key) => (typeof v === 'number' && Number.isFinite(v) ? v : fail(MSG.expectedNumber, key, v));
const numOrNull: Check = (v, key) =>
  v === null || (typeof v === 'number' && Number.isFinite(v)) ? v : fail(MSG.expectedNumberOrNull, key, v);
const str: Check = (v, key) => (typeof v === 'string' && v.trim() !== '' ? v : fail(MSG.expectedString, key, v));
const posInt: Check = (v, key) =>
  typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : fail(MSG.expectedPositiveInteger, key, v);

/** A partial object merged over the current one, each field checked. */
const object =
  (fields: Record<string, Check>): Check =>
  (v, key, current) => {
    if (!isRecord(v)) return fail(MSG.rulesNotObject, key, v);
    const out: Record<string, unknown> = { ...(isRecord(current) ? current : {}) };
    for (const [k, value] of Object.entries(v)) {
      const check = fields[k];
      if (!check) return fail(MSG.unknownRuleKey, `${key}.${k}`);
      out[k] = check(value, `${key}.${k}`, out[k]);
    }
    return out;
  };

const numberMap: Check = (v, key) => {
  if (!isRecord(v)) return fail(MSG.expectedNumberMap, key, v);
  for (const [k, w] of Object.entries(v)) if (typeof w !== 'number' || !(w >= 0)) fail(MSG.expectedNumber, `${key}.${k}`, w);
  return v;
};

const descending4: Check = (v, key) =>
  Array.isArray(v) &&
  v.length === 4 &&
  v.every((x, i) => typeof x === 'number' && (i === 0 || x < (v[i - 1] as number)))
    ? v
    : fail(MSG.expectedDescendingNumbers, key, v);

const zero = oneOf('null', 'binary', '100');
const accumulation = oneOf('sum', 'last', 'average');

const CHECKS: Record<keyof RuleSet, Check> = {
  id: str,
  version: posInt,
  roundingMode: oneOf('half_up', 'truncate'),
  classifyOn: oneOf('rounded2', 'raw'),
  compareTolerance: object({ percent: num, money: num }),
  negativeFormula: oneOf('two_minus_ratio', 'inverse_ratio'),
  negativeFloor: numOrNull,
  rangeTargetRule: oneOf('nearest_bound', 'midpoint'),
  zeroTargetRule: object({ positive: zero, negative: zero }),
  capaianMethod: oneOf('ratio', 'difference', 'binary'),
  missingAsZero: bool,
  ordinalCapaian: oneOf('status', 'rank_ratio'),
  capaianCap: numOrNull,
  capDisplay: bool,
  renstraAccumulation: object({ cumulative: accumulation, last: accumulation, average: accumulation }),
  includeBaseline: bool,
  renstraPrintedBase: oneOf('always', 'with_baseline', 'never'),
  indicatorWeights: numberMap,
  includeTujuanInAverage: bool,
  capaianBands: oneOf('left_open', 'round_then_integer'),
  bandLabels: object({ ST: str, T: str, S: str, R: str, SR: str }),
  paguBasis: oneOf('latest', 'murni'),
  efficiencyFormula: oneOf('ratio', 'difference'),
  efficiencyCapaianBasis: oneOf('annual_pk', 'renstra'),
  efficiencyAverage: oneOf('mean', 'pagu_weighted'),
  menunjangThreshold: num,
  akipBoundary: oneOf('left_open', 'left_closed'),
  skmWeightRounding: oneOf('exact', '0.11'),
  skmAnnual: oneOf('pooled', 'mean_of_periods', 'respondent_weighted'),
  ipAsnBands: descending4,
};

const isRuleKey = (k: string): k is keyof RuleSet => Object.prototype.hasOwnProperty.call(CHECKS, k);

/**
 * `base` with `overrides` (parsed JSON from a Pemda's settings) applied. Unknown keys and wrong
 * values throw KinerjaError('invalid', <Indonesian reason>, <the key>). null/undefined → base.
 */
export function resolveRuleSet(base: RuleSet, overrides: unknown): RuleSet {
  if (overrides === null || overrides === undefined) return base;
  if (!isRecord(overrides)) return fail(MSG.rulesNotObject, 'aturan', overrides);
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (!isRuleKey(key)) return fail(MSG.unknownRuleKey, key);
    out[key] = CHECKS[key](value, key, out[key]);
  }
  return out as unknown as RuleSet;
}

/** A preset by id (`pemda-default`, `legacy-renja`, `bands-integer`, `inverse-ratio`). */
export function ruleSetById(id: string | null | undefined): RuleSet {
  if (!id) return DEFAULT_RULES;
  const preset = RULE_PRESETS[id];
  if (!preset) return fail(MSG.expectedOneOf(Object.keys(RULE_PRESETS)), 'rules', id);
  return preset;
}
