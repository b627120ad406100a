/**
 * `ratio` checks: every printed capaian, progress, capaian against the Renstra, position-type
 * realisation to date and absorption is recomputed from the values in the data (the inputs the same
 * place prints, FORMAT.md "Inputs") and compared with the tolerance of FORMAT.md.
 */
import type { DatasetIndicator, Printed } from '../dataset.ts';
import type { RuleSet } from '../rules.ts';
import type { CheckContext } from './context.ts';
import { CM, quantityLabel } from './messages.ts';
import {
  absorptionOf,
  capaianOf,
  endTargetCandidates,
  legacyZeroMeanCandidates,
  positionRealizationCandidates,
  progressOf,
  realizationToDateCandidates,
} from './recompute.ts';
import { isRecord, label, printedFigures, ratioMatches, showComputed, showPrinted, type PrintedFigure } from './support.ts';
import type { CheckFinding } from './types.ts';
import { asMoneyHolder, type MoneyHolder } from './values.ts';

export function ratioFinding(
  quantity: string,
  ref: string,
  subject: string,
  f: PrintedFigure,
  candidates: number[],
): CheckFinding | null {
  if (candidates.length === 0 || candidates.some((c) => ratioMatches(f.value, c))) return null;
  const computed = [...new Set(candidates.map(showComputed))].join(' / ');
  return {
    code: `ratio.${quantity}`,
    check: 'ratio',
    severity: 'warning',
    ref,
    where: CM.where(f.place, subject, `${quantityLabel(quantity)} ${f.period}`),
    printed: showPrinted(f.value),
    computed,
    message: CM.ratio(quantity, f.period, showPrinted(f.value), computed),
  };
}

/** The printed input of the same place, plus its recomputation when the printed one is it rounded. */
function inputCandidates(printedInput: number | null, recomputed: number[]): number[] {
  if (printedInput === null) return recomputed;
  return [printedInput, ...recomputed.filter((r) => ratioMatches(printedInput, r))];
}

/** The figure of `quantity` a place prints, for any period (the end target is printed once). */
const samePlace = (printed: Printed | undefined, quantity: string, place: string | null, period?: string) =>
  printedFigures(printed, quantity)
    .filter((g) => g.place === place && (period === undefined || g.period === period))
    .sort((a, b) => b.period.localeCompare(a.period))[0]?.value ?? null;

/**
 * capaian against the Renstra = realisation to date ÷ end target × 100 (printed inputs of the same
 * place first). A printed realisation to date is also accepted as the display rounding of the legacy
 * mean that counts a missing year as 0 (T-C.29 prints col 17 rounded and col 18 from the unrounded
 * value, seed 003 K1.6: 67 and 66,67 %).
 */
export function renstraCapaianOf(ind: DatasetIndicator, period: string, place: string | null): number[] {
  const printedNumerator = samePlace(ind.printed, 'renstra_realization', place, period);
  const recomputed = realizationToDateCandidates(ind, period);
  if (printedNumerator !== null) recomputed.push(...legacyZeroMeanCandidates(ind, period));
  const numerators = inputCandidates(printedNumerator, recomputed);
  const denominators = inputCandidates(samePlace(ind.printed, 'renstra_end_target', place), endTargetCandidates(ind));
  return numerators.flatMap((n) => denominators.filter((d) => d !== 0).map((d) => (n / d) * 100));
}

function indicatorFindings(ind: DatasetIndicator, rules: RuleSet): CheckFinding[] {
  const subject = label(ind);
  const recompute: Record<string, (p: string, place: string | null) => number[]> = {
    capaian: (p, place) => capaianOf(ind, p, place, rules),
    progress: (p, place) => progressOf(ind, p, place, rules),
    renstra_capaian: (p, place) => renstraCapaianOf(ind, p, place),
  };
  if (ind.aggregation !== 'cumulative')
    recompute.renstra_realization = (p) => positionRealizationCandidates(ind, p);
  const out: CheckFinding[] = [];
  for (const [quantity, fn] of Object.entries(recompute))
    for (const f of printedFigures(ind.printed, quantity)) {
      const hit = ratioFinding(quantity, ind.id, subject, f, fn(f.period, f.place));
      if (hit) out.push(hit);
    }
  return out;
}

function absorptionFindings(ref: string, subject: string, holder: MoneyHolder): CheckFinding[] {
  return printedFigures(holder.printed, 'absorption')
    .map((f) => ratioFinding('absorption', ref, subject, f, absorptionOf(holder, f.period, f.place)))
    .filter((x): x is CheckFinding => x !== null);
}

export function checkRatios(ctx: CheckContext): CheckFinding[] {
  return [
    ...ctx.dataset.indicators.flatMap((i) => indicatorFindings(i, ctx.rules)),
    ...ctx.dataset.nodes.flatMap((n) => absorptionFindings(n.id, label(n), n)),
    ...ctx.entries
      .filter((e) => isRecord(e.obj.printed))
      .flatMap((e) => absorptionFindings(e.id, label({ id: e.id, label: e.obj.label }), asMoneyHolder(e.obj))),
  ];
}
