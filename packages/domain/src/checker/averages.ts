/**
 * `ratio` checks of printed averages and efficiencies: `average_capaian` (node or entry with
 * `indicators`), `average_renstra_capaian`, `average_capaian_kegiatan` / `_subkegiatan`,
 * `efficiency` (capaian % ÷ absorption %) and `average_efficiency` (entry with `rows[].node`).
 * A member's value is the one the same place prints for it, else its recomputation.
 */
import type { DatasetIndicator, DatasetNode } from '../dataset.ts';
import { descendantsOfKind, type CheckContext } from './context.ts';
import { absorptionOf, capaianOf } from './recompute.ts';
import { ratioFinding, renstraCapaianOf } from './ratio.ts';
import { isRecord, label, mean, printedAt, printedFigures } from './support.ts';
import type { CheckFinding } from './types.ts';
import type { Printed } from '../dataset.ts';
import { efficiency } from '../budget.ts';
import type { RuleSet } from '../rules.ts';

type Member = 'capaian' | 'renstra_capaian';

function memberValue(rules: RuleSet, ind: DatasetIndicator, quantity: Member, period: string, place: string | null): number | null {
  const printed = printedAt(ind.printed, quantity, period, place);
  if (printed !== null) return printed;
  const recomputed = quantity === 'capaian' ? capaianOf(ind, period, place, rules) : renstraCapaianOf(ind, period, place);
  return recomputed[0] ?? null;
}

function meanOf(rules: RuleSet, inds: DatasetIndicator[], quantity: Member, period: string, place: string | null): number[] {
  const values = inds.map((i) => memberValue(rules, i, quantity, period, place)).filter((v): v is number => v !== null);
  const m = mean(values);
  return m === null ? [] : [m];
}

function averageFindings(
  rules: RuleSet,
  ref: string,
  subject: string,
  printed: Printed | undefined,
  quantity: string,
  members: DatasetIndicator[],
  member: Member,
): CheckFinding[] {
  return printedFigures(printed, quantity)
    .map((f) => ratioFinding(quantity, ref, subject, f, meanOf(rules, members, member, f.period, f.place)))
    .filter((x): x is CheckFinding => x !== null);
}

/** Efficiency candidates of a node: capaian % ÷ absorption %, with the place's printed inputs first. */
export function efficiencyOf(ctx: CheckContext, node: DatasetNode, period: string, place: string | null): number[] {
  const own = ctx.indicatorsByNode.get(node.id) ?? [];
  const printedCapaian =
    printedAt(node.printed, 'average_renstra_capaian', period, place) ??
    printedAt(node.printed, 'average_capaian', period, place);
  const capaian =
    printedCapaian !== null
      ? [printedCapaian]
      : [...meanOf(ctx.rules, own, 'capaian', period, null), ...meanOf(ctx.rules, own, 'renstra_capaian', period, null)];
  const printedAbsorption = printedAt(node.printed, 'absorption', period, place);
  const absorption = printedAbsorption !== null ? [printedAbsorption] : absorptionOf(node, period, place);
  return capaian.flatMap((c) =>
    absorption.map((a) => efficiency(c, a, ctx.rules).value).filter((v): v is number => v !== null),
  );
}

function nodeFindings(ctx: CheckContext, node: DatasetNode): CheckFinding[] {
  const own = ctx.indicatorsByNode.get(node.id) ?? [];
  const below = (kind: 'kegiatan' | 'subkegiatan'): DatasetIndicator[] =>
    descendantsOfKind(ctx, node.id, kind).flatMap((n) => ctx.indicatorsByNode.get(n.id) ?? []);
  const subject = label(node);
  return [
    ...averageFindings(ctx.rules, node.id, subject, node.printed, 'average_capaian', own, 'capaian'),
    ...averageFindings(ctx.rules, node.id, subject, node.printed, 'average_renstra_capaian', own, 'renstra_capaian'),
    ...averageFindings(ctx.rules, node.id, subject, node.printed, 'average_capaian_kegiatan', below('kegiatan'), 'capaian'),
    ...averageFindings(ctx.rules, node.id, subject, node.printed, 'average_capaian_subkegiatan', below('subkegiatan'), 'capaian'),
    ...printedFigures(node.printed, 'efficiency')
      .map((f) => ratioFinding('efficiency', node.id, subject, f, efficiencyOf(ctx, node, f.period, f.place)))
      .filter((x): x is CheckFinding => x !== null),
  ];
}

function nodeEfficiency(ctx: CheckContext, node: DatasetNode, period: string, place: string | null): number | null {
  const figures = printedFigures(node.printed, 'efficiency').filter((f) => f.period === period);
  const same = figures.find((f) => f.place === place);
  return same?.value ?? figures[0]?.value ?? efficiencyOf(ctx, node, period, place)[0] ?? null;
}

function entryFindings(ctx: CheckContext, id: string, obj: Record<string, unknown>): CheckFinding[] {
  const printed = isRecord(obj.printed) ? (obj.printed as Printed) : undefined;
  if (!printed) return [];
  const subject = label({ id, label: obj.label });
  const out: CheckFinding[] = [];
  if (Array.isArray(obj.indicators)) {
    const members = obj.indicators
      .map((i) => (typeof i === 'string' ? ctx.indicators.get(i) : undefined))
      .filter((i): i is DatasetIndicator => i !== undefined);
    out.push(...averageFindings(ctx.rules, id, subject, printed, 'average_capaian', members, 'capaian'));
  }
  if (Array.isArray(obj.rows)) {
    const nodes = obj.rows
      .map((r) => (isRecord(r) && typeof r.node === 'string' ? ctx.nodes.get(r.node) : undefined))
      .filter((n): n is DatasetNode => n !== undefined);
    for (const f of printedFigures(printed, 'average_efficiency')) {
      const values = nodes.map((n) => nodeEfficiency(ctx, n, f.period, f.place)).filter((v): v is number => v !== null);
      const m = mean(values);
      const hit = ratioFinding('average_efficiency', id, subject, f, m === null ? [] : [m]);
      if (hit) out.push(hit);
    }
  }
  return out;
}

export function checkAverages(ctx: CheckContext): CheckFinding[] {
  return [
    ...ctx.dataset.nodes.flatMap((n) => nodeFindings(ctx, n)),
    ...ctx.entries.flatMap((e) => entryFindings(ctx, e.id, e.obj)),
  ];
}
