/**
 * `sum` checks on the entries of `evaluations` and `profile`: staff tables (`count_total`,
 * `needed_total`, `in_post_total`, `gap_total`, row total = male + female, gap = needed − in_post),
 * `score_total` (LHE components), `shortfall` (max − score) and `node_count`.
 */
import type { CheckContext, Entry } from './context.ts';
import { CM, quantityLabel } from './messages.ts';
import type { Printed } from '../dataset.ts';
import { isRecord, label, num, printedFigures, showAmount, sum, sumMatches } from './support.ts';
import type { CheckFinding, Severity } from './types.ts';

const printedOf = (obj: Record<string, unknown>): Printed | undefined =>
  isRecord(obj.printed) ? (obj.printed as Printed) : undefined;

const columnSum = (rows: Record<string, unknown>[], column: string): number | null => {
  const values = rows.map((r) => num(r[column])).filter((v): v is number => v !== null);
  return values.length === 0 ? null : sum(values);
};

/** 0,01 off on a score is rounding of unrounded parts (info); more is a warning. */
const scoreSeverity = (a: number, b: number): Severity => (Math.abs(a - b) <= 0.01 + 1e-9 ? 'info' : 'warning');

function base(entry: Entry, place: string | null, detail: string): Pick<CheckFinding, 'check' | 'ref' | 'where'> {
  return { check: 'sum', ref: entry.id, where: CM.where(place, label({ id: entry.id, label: entry.obj.label }), detail) };
}

const TABLE_TOTALS: Record<string, string> = {
  count_total: 'total',
  needed_total: 'needed',
  in_post_total: 'in_post',
  gap_total: 'gap',
};

function tableFindings(entry: Entry): CheckFinding[] {
  const rowsRaw = entry.obj.rows;
  if (!Array.isArray(rowsRaw)) return [];
  const rows = rowsRaw.filter(isRecord);
  const out: CheckFinding[] = [];
  const printed = printedOf(entry.obj);
  for (const [quantity, column] of Object.entries(TABLE_TOTALS)) {
    for (const f of printedFigures(printed, quantity)) {
      const totals: { value: number | null; what: string }[] = [
        { value: columnSum(rows, column), what: CM.rowsOf(column) },
      ];
      if (quantity === 'count_total' && rows.some((r) => num(r.male) !== null || num(r.female) !== null)) {
        const m = columnSum(rows, 'male') ?? 0;
        const w = columnSum(rows, 'female') ?? 0;
        if (m + w !== totals[0]?.value) totals.push({ value: m + w, what: CM.maleFemale });
      }
      for (const t of totals) {
        if (t.value === null || sumMatches(f.value, t.value)) continue;
        out.push({
          ...base(entry, f.place, quantityLabel(quantity)),
          code: `sum.${quantity}`,
          severity: 'warning',
          printed: showAmount(f.value),
          computed: showAmount(t.value),
          message: CM.tableTotal(quantity, showAmount(f.value), showAmount(t.value), t.what),
        });
      }
    }
  }
  for (const row of rows) {
    const ref = typeof row.id === 'string' ? row.id : entry.id;
    const rowEntry: Entry = { id: ref, obj: row, path: entry.path };
    const [total, male, female] = [num(row.total), num(row.male), num(row.female)];
    if (total !== null && male !== null && female !== null && !sumMatches(total, male + female))
      out.push({
        ...base(rowEntry, null, 'jumlah baris'),
        code: 'sum.row_total',
        severity: 'warning',
        printed: showAmount(total),
        computed: showAmount(male + female),
        message: CM.rowTotal(showAmount(total), showAmount(male + female)),
      });
    const [gap, needed, inPost] = [num(row.gap), num(row.needed), num(row.in_post)];
    if (gap !== null && needed !== null && inPost !== null && !sumMatches(gap, needed - inPost))
      out.push({
        ...base(rowEntry, null, 'selisih'),
        code: 'sum.row_gap',
        severity: 'warning',
        printed: showAmount(gap),
        computed: showAmount(needed - inPost),
        message: CM.rowGap(showAmount(gap), showAmount(needed - inPost)),
      });
  }
  return out;
}

function scoreFindings(entry: Entry): CheckFinding[] {
  const components = entry.obj.components;
  if (!Array.isArray(components)) return [];
  const out: CheckFinding[] = [];
  for (const f of printedFigures(printedOf(entry.obj), 'score_total')) {
    const values = components
      .map((c) => (isRecord(c) && isRecord(c.scores) ? num(c.scores[f.period]) : null))
      .filter((v): v is number => v !== null);
    if (values.length === 0) continue;
    const computed = sum(values);
    if (sumMatches(f.value, computed)) continue;
    out.push({
      ...base(entry, f.place, `nilai total ${f.period}`),
      code: 'sum.score_total',
      severity: scoreSeverity(f.value, computed),
      printed: showAmount(f.value),
      computed: showAmount(computed),
      message: CM.scoreTotal(f.period, showAmount(f.value), showAmount(computed)),
    });
  }
  return out;
}

function shortfallFindings(entry: Entry): CheckFinding[] {
  const [score, max] = [num(entry.obj.score), num(entry.obj.max)];
  if (score === null || max === null) return [];
  return printedFigures(printedOf(entry.obj), 'shortfall')
    .filter((f) => !sumMatches(f.value, max - score))
    .map((f) => ({
      ...base(entry, f.place, 'kekurangan nilai'),
      code: 'sum.shortfall',
      severity: scoreSeverity(f.value, max - score),
      printed: showAmount(f.value),
      computed: showAmount(max - score),
      message: CM.shortfall(showAmount(f.value), showAmount(max - score)),
    }));
}

function nodeCountFindings(ctx: CheckContext, entry: Entry): CheckFinding[] {
  const kind = entry.obj.kind;
  if (typeof kind !== 'string') return [];
  const count = ctx.dataset.nodes.filter((n) => n.kind === kind).length;
  return printedFigures(printedOf(entry.obj), 'node_count')
    .filter((f) => f.value !== count)
    .map((f) => ({
      ...base(entry, f.place, `jumlah ${kind}`),
      code: 'sum.node_count',
      severity: 'warning' as const,
      printed: showAmount(f.value),
      computed: showAmount(count),
      message: CM.nodeCount(kind, showAmount(f.value), showAmount(count)),
    }));
}

export function checkEntries(ctx: CheckContext): CheckFinding[] {
  return ctx.entries.flatMap((entry) => [
    ...tableFindings(entry),
    ...scoreFindings(entry),
    ...shortfallFindings(entry),
    ...nodeCountFindings(ctx, entry),
  ]);
}
