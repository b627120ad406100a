/**
 * `completeness` notes (severity info, not contradictions): an indicator lacking its unit, a target,
 * its polarity or its aggregation, and an uncoded program/kegiatan/sub kegiatan among coded ones
 * (a draft row, domain-rules §2.4 rule 6).
 */
import type { DatasetIndicator } from '../dataset.ts';
import type { CheckContext } from './context.ts';
import { CM } from './messages.ts';
import { label, num } from './support.ts';
import type { CheckFinding } from './types.ts';

function missingOf(ind: DatasetIndicator): string[] {
  const out: string[] = [];
  if (typeof ind.unit !== 'string' || ind.unit.trim() === '') out.push('unit');
  if (!Object.values(ind.targets ?? {}).some((v) => num(v) !== null)) out.push('target');
  if (!ind.polarity) out.push('polarity');
  if (!ind.aggregation) out.push('aggregation');
  return out;
}

export function checkCompleteness(ctx: CheckContext): CheckFinding[] {
  const out: CheckFinding[] = ctx.dataset.indicators.flatMap((ind) =>
    missingOf(ind).map((attribute) => ({
      code: `completeness.${attribute}`,
      check: 'completeness' as const,
      severity: 'info' as const,
      ref: ind.id,
      where: CM.where(null, label(ind), attribute),
      printed: null,
      computed: null,
      message: CM.missing(attribute),
    })),
  );
  const coded = new Set(ctx.dataset.nodes.filter((n) => n.code).map((n) => n.kind));
  for (const n of ctx.dataset.nodes)
    if (!n.code && coded.has(n.kind) && ['program', 'kegiatan', 'subkegiatan'].includes(n.kind))
      out.push({
        code: 'completeness.code',
        check: 'completeness',
        severity: 'info',
        ref: n.id,
        where: CM.where(null, label(n), 'kode'),
        printed: null,
        computed: null,
        message: CM.missingCode(n.kind),
      });
  return out;
}
