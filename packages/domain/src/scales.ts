/**
 * Assessment scales: AKIP predikat (§9), SKM mutu and IKM (§10), sistem merit kategori (§11),
 * IP ASN kategori (§12), and the LKE score formulas (§9).
 */
import { roundHalfUp } from './numbers.ts';
import { DEFAULT_RULES } from './rules.ts';

export type AkipCode = 'AA' | 'A' | 'BB' | 'B' | 'CC' | 'C' | 'D';
export type SkmCode = 'A' | 'B' | 'C' | 'D';
export type MeritCode = 'I' | 'II' | 'III' | 'IV';
export type IpAsnCode = 'ST' | 'T' | 'S' | 'R' | 'SR';

export const AKIP_LABELS: Record<AkipCode, string> = {
  AA: 'Sangat Memuaskan',
  A: 'Memuaskan',
  BB: 'Sangat Baik',
  B: 'Baik',
  CC: 'Cukup (Memadai)',
  C: 'Kurang',
  D: 'Sangat Kurang',
};
/** Exclusive lower bounds (left-open reading "> a – b"); below the last → D. */
const AKIP_BOUNDS: [AkipCode, number][] = [
  ['AA', 90],
  ['A', 80],
  ['BB', 70],
  ['B', 60],
  ['CC', 50],
  ['C', 30],
];

/** §9: 71,51 → BB; 70,00 → B (left_open, default); 70,00 → BB with `left_closed`. */
export function akipPredikat(
  score: number,
  boundary: 'left_open' | 'left_closed' = DEFAULT_RULES.akipBoundary,
): { code: AkipCode; label: string } {
  const hit = AKIP_BOUNDS.find(([, lo]) => (boundary === 'left_open' ? score > lo : score >= lo));
  const code = hit ? hit[0] : 'D';
  return { code, label: AKIP_LABELS[code] };
}

export const SKM_LABELS: Record<SkmCode, string> = {
  A: 'Sangat Baik',
  B: 'Baik',
  C: 'Kurang Baik',
  D: 'Tidak Baik',
};

/** §10: the IKM rounded half-up to 2 decimals: ≥ 88,31 A, ≥ 76,61 B, ≥ 65,00 C, else D. */
export function skmMutu(ikm: number): { code: SkmCode; label: string } {
  const x = roundHalfUp(ikm, 2);
  const code: SkmCode = x >= 88.31 ? 'A' : x >= 76.61 ? 'B' : x >= 65 ? 'C' : 'D';
  return { code, label: SKM_LABELS[code] };
}

/**
 * §10: IKM = mean NRR of the unsur that have answers × 25 (`exact`), or Σ NRR × 0,11 × 25
 * (`0.11`, to reproduce documents). Non-finite NRR (unsur not applicable) are left out. Empty → null.
 */
export function skmIkm(nrr: readonly (number | null | undefined)[], weightRounding: 'exact' | '0.11' = 'exact'): number | null {
  const filled = nrr.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  if (filled.length === 0) return null;
  const sum = filled.reduce((s, x) => s + x, 0);
  return weightRounding === '0.11' ? sum * 0.11 * 25 : (sum / filled.length) * 25;
}

/** §10: NRR of one unsur = Σ answers / number of respondents who answered it. */
export function skmNrr(answers: readonly (number | null | undefined)[]): number | null {
  const given = answers.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  return given.length === 0 ? null : given.reduce((s, x) => s + x, 0) / given.length;
}

/** §10 Krejcie & Morgan sample size for a population N (rounded up): 100 → 80, 1 000 → 278. */
export function skmSampleSize(population: number): number {
  const chi = 3.841;
  const p = 0.5;
  const d = 0.05;
  return Math.ceil((chi * population * p * (1 - p)) / (d * d * (population - 1) + chi * p * (1 - p)));
}

export const MERIT_LABELS: Record<MeritCode, string> = {
  I: 'Buruk',
  II: 'Kurang',
  III: 'Baik',
  IV: 'Sangat Baik',
};

/** §11 half-open: I [100, 175), II [175, 250), III [250, 325), IV [325, 400]. */
export function meritCategory(score: number): { code: MeritCode; label: string } {
  const code: MeritCode = score >= 325 ? 'IV' : score >= 250 ? 'III' : score >= 175 ? 'II' : 'I';
  return { code, label: MERIT_LABELS[code] };
}

export const IP_ASN_LABELS: Record<IpAsnCode, string> = {
  ST: 'Sangat Tinggi',
  T: 'Tinggi',
  S: 'Sedang',
  R: 'Rendah',
  SR: 'Sangat Rendah',
};

/** §12 left-open: > 90 Sangat Tinggi, > 80 Tinggi, > 70 Sedang, > 60 Rendah, else Sangat Rendah. */
export function ipAsnCategory(
  value: number,
  bands: readonly [number, number, number, number] = DEFAULT_RULES.ipAsnBands,
): { code: IpAsnCode; label: string } {
  const codes: IpAsnCode[] = ['ST', 'T', 'S', 'R'];
  const i = bands.findIndex((lo) => value > lo);
  const code: IpAsnCode = i < 0 ? 'SR' : (codes[i] ?? 'SR');
  return { code, label: IP_ASN_LABELS[code] };
}

/** §9 default LKE answer scale (% of the criterion weight). */
export const LKE_ANSWER_SCALE: Record<string, number> = {
  AA: 100,
  A: 90,
  BB: 80,
  B: 70,
  CC: 60,
  C: 50,
  D: 30,
  E: 0,
  Y: 100,
  T: 0,
};

/** §9 nilaiSub = bobotSub × mean(answer %) / 100; answers are codes of `scale` or percentages. */
export function lkeSubScore(
  weight: number,
  answers: readonly (string | number)[],
  scale: Record<string, number> = LKE_ANSWER_SCALE,
): number | null {
  const pct = answers
    .map((a) => (typeof a === 'number' ? a : scale[a.trim().toUpperCase()]))
    .filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  if (pct.length === 0) return null;
  return (weight * (pct.reduce((s, x) => s + x, 0) / pct.length)) / 100;
}

export interface LkeComponent {
  name: string;
  subs: { weight: number; answers: readonly (string | number)[] }[];
}

/** §9 nilaiKomponen = Σ nilaiSub; nilaiAKIP = Σ nilaiKomponen (0–100) and its predikat. */
export function lkeScore(
  components: readonly LkeComponent[],
  scale: Record<string, number> = LKE_ANSWER_SCALE,
  boundary: 'left_open' | 'left_closed' = DEFAULT_RULES.akipBoundary,
): { components: { name: string; score: number }[]; total: number; predikat: { code: AkipCode; label: string } } {
  const scored = components.map((c) => ({
    name: c.name,
    score: c.subs.reduce((s, sub) => s + (lkeSubScore(sub.weight, sub.answers, scale) ?? 0), 0),
  }));
  const total = scored.reduce((s, c) => s + c.score, 0);
  return { components: scored, total, predikat: akipPredikat(total, boundary) };
}
