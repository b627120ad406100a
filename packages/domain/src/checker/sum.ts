/**
 * `sum` checks on money: a node's pagu / realisasi vs its children, the totals a named place prints
 * (`budget_total`, `budget_realization_total`) vs the children as that place prints them, an entry's
 * `parts` (the OPD total of a table that lists the programs) and finance rows with a `parent`.
 */
import type { CheckContext } from './context.ts';
import { CM } from './messages.ts';
import { printedFigures, showAmount, sum, sumMatches, label, isRecord } from './support.ts';
import type { CheckFinding } from './types.ts';
import { asMoneyHolder, moneyValue, type MoneyHolder, type MoneyMap } from './values.ts';

const MAPS: readonly MoneyMap[] = ['budget', 'budget_realization'];

interface Part {
  holder: MoneyHolder;
  /** The source object, to tell whether a place prints this part at all. */
  obj: Record<string, unknown>;
}

interface RollUp {
  ref: string;
  subject: string;
  holder: MoneyHolder;
  parts: Part[];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The places a node/row shows a trace of: printed figures, alternatives, its `raw.budget_source` text. */
function traces(obj: Record<string, unknown>): { places: Set<string>; sourceText: string } {
  const places = new Set<string>();
  for (const byPeriod of isRecord(obj.printed) ? Object.values(obj.printed) : [])
    if (isRecord(byPeriod))
      for (const cell of Object.values(byPeriod)) if (isRecord(cell)) Object.keys(cell).forEach((p) => places.add(p));
  if (Array.isArray(obj.alternatives))
    for (const a of obj.alternatives) if (isRecord(a) && typeof a.source === 'string') places.add(a.source);
  const source = isRecord(obj.raw) ? obj.raw.budget_source : undefined;
  return { places, sourceText: typeof source === 'string' ? source : '' };
}

/** Whether `place` prints this part: it shows a trace of the place, or no trace of any place. */
function shownBy(obj: Record<string, unknown>, place: string): boolean {
  const { places, sourceText } = traces(obj);
  if (places.size === 0 && sourceText === '') return true;
  return places.has(place) || new RegExp(`${escapeRegExp(place)}(?![\\d.])`).test(sourceText);
}

/**
 * The parts as a place prints them: the parts that place shows (a trace of it, or no trace of any
 * place), or every part when none does (the place prints only the total).
 */
function partsOf(parts: Part[], place: string | null): MoneyHolder[] {
  if (place === null) return parts.map((p) => p.holder);
  const shown = parts.filter((p) => shownBy(p.obj, place));
  return (shown.length > 0 ? shown : parts).map((p) => p.holder);
}

function rollUpFindings(r: RollUp): CheckFinding[] {
  const out: CheckFinding[] = [];
  if (r.parts.length === 0) return out;
  for (const map of MAPS) {
    for (const [period, stated] of Object.entries(r.holder[map] ?? {})) {
      const values = partsOf(r.parts, null).map((p) => moneyValue(p, map, period)).filter((v): v is number => v !== null);
      if (values.length === 0) continue;
      const computed = sum(values);
      if (sumMatches(stated, computed)) continue;
      out.push({
        code: `sum.${map}_children`,
        check: 'sum',
        severity: 'warning',
        ref: r.ref,
        where: CM.where(null, r.subject, `${map === 'budget' ? 'pagu' : 'realisasi anggaran'} ${period}`),
        printed: showAmount(stated),
        computed: showAmount(computed),
        message: CM.childrenSum(map, period, showAmount(stated), showAmount(computed), values.length),
      });
    }
    for (const f of printedFigures(r.holder.printed, `${map}_total`)) {
      const values = partsOf(r.parts, f.place).map((p) => moneyValue(p, map, f.period, f.place)).filter((v): v is number => v !== null);
      if (values.length === 0) continue;
      const computed = sum(values);
      if (sumMatches(f.value, computed)) continue;
      const place = f.place ?? CM.storedData;
      out.push({
        code: `sum.${map}_total`,
        check: 'sum',
        severity: 'warning',
        ref: r.ref,
        where: CM.where(f.place, r.subject, `${map === 'budget' ? 'pagu' : 'realisasi anggaran'} ${f.period}`),
        printed: showAmount(f.value),
        computed: showAmount(computed),
        message: CM.placeTotal(place, map, f.period, showAmount(f.value), showAmount(computed)),
      });
    }
  }
  return out;
}

/** Finance tables: rows whose `parent` names another row of the same table. */
function financeRollUps(ctx: CheckContext): RollUp[] {
  const out: RollUp[] = [];
  for (const table of ctx.tables) {
    const rows = table.rows;
    if (!Array.isArray(rows)) continue;
    const records = rows.filter(isRecord);
    for (const row of records) {
      if (typeof row.id !== 'string') continue;
      const kids = records.filter((r) => r.parent === row.id);
      if (kids.length === 0) continue;
      out.push({
        ref: row.id,
        subject: label({ id: row.id, label: row.label }),
        holder: asMoneyHolder(row),
        parts: kids.map((k) => ({ holder: asMoneyHolder(k), obj: k })),
      });
    }
  }
  return out;
}

export function checkSums(ctx: CheckContext): CheckFinding[] {
  const rollUps: RollUp[] = [];
  for (const node of ctx.dataset.nodes) {
    const kids = ctx.children.get(node.id) ?? [];
    if (kids.length === 0) continue;
    rollUps.push({ ref: node.id, subject: label(node), holder: node, parts: kids.map((k) => ({ holder: k, obj: k })) });
  }
  for (const entry of ctx.entries) {
    const parts = entry.obj.parts;
    if (!Array.isArray(parts)) continue;
    const nodes = parts.map((id) => (typeof id === 'string' ? ctx.nodes.get(id) : undefined));
    rollUps.push({
      ref: entry.id,
      subject: label({ id: entry.id, label: entry.obj.label }),
      holder: asMoneyHolder(entry.obj),
      parts: nodes.filter((n): n is NonNullable<typeof n> => n !== undefined).map((n) => ({ holder: n, obj: n })),
    });
  }
  rollUps.push(...financeRollUps(ctx));
  return rollUps.flatMap(rollUpFindings);
}
