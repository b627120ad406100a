/**
 * `conflict` checks: one quantity printed with two values in two places of the document — a stored
 * value and an `alternatives` entry for the same field (numbers exactly, text ignoring case). A value
 * printed in another unit is not comparable: the `unit` family reports it instead.
 */
import type { Alternative } from '../dataset.ts';
import type { CheckContext } from './context.ts';
import { CM } from './messages.ts';
import { isRecord, label, showPrinted } from './support.ts';
import type { CheckFinding } from './types.ts';

/** The stored value a field path names: `targets.2025` → obj.targets["2025"], `unit` → obj.unit. */
export function fieldValue(obj: Record<string, unknown>, field: string): unknown {
  const dot = field.indexOf('.');
  if (dot < 0) return obj[field];
  const head = obj[field.slice(0, dot)];
  return isRecord(head) ? head[field.slice(dot + 1)] : undefined;
}

const show = (v: unknown): string => (typeof v === 'number' ? showPrinted(v) : String(v));

function differs(stored: unknown, other: unknown): boolean {
  if (typeof stored === 'number' && typeof other === 'number') return stored !== other;
  return String(stored).trim().toLowerCase() !== String(other).trim().toLowerCase();
}

function objectFindings(ref: string, subject: string, obj: Record<string, unknown>): CheckFinding[] {
  const alternatives = Array.isArray(obj.alternatives) ? (obj.alternatives as Alternative[]) : [];
  const ownUnit = typeof obj.unit === 'string' ? obj.unit.trim().toLowerCase() : null;
  const out: CheckFinding[] = [];
  for (const alt of alternatives) {
    if (!isRecord(alt) || typeof alt.field !== 'string') continue;
    if (typeof alt.unit === 'string' && ownUnit !== null && alt.unit.trim().toLowerCase() !== ownUnit) continue;
    const stored = fieldValue(obj, alt.field);
    if (stored === undefined || stored === null || !differs(stored, alt.value)) continue;
    out.push({
      code: 'conflict.alternative',
      check: 'conflict',
      severity: 'warning',
      ref,
      where: CM.where(alt.source, subject, alt.field),
      printed: show(alt.value),
      computed: `${show(stored)} (${CM.storedData})`,
      message: CM.conflict(alt.field, show(stored), alt.source, show(alt.value)),
    });
  }
  return out;
}

export function checkConflicts(ctx: CheckContext): CheckFinding[] {
  return [
    ...ctx.dataset.nodes.flatMap((n) => objectFindings(n.id, label(n), n)),
    ...ctx.dataset.indicators.flatMap((i) => objectFindings(i.id, label(i), i)),
    ...ctx.entries.flatMap((e) => objectFindings(e.id, label({ id: e.id, label: e.obj.label }), e.obj)),
  ];
}
