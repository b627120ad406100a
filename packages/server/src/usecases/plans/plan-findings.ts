/**
 * The findings of a plan. Until the domain checker is wired in, these are the findings the
 * imported file recorded about its own source.
 */
import type { DatasetFinding } from '@kinerja/domain';
import type { PlanRow } from './resolve-plan.ts';
import type { FindingView } from './plan-view-types.ts';

const isFinding = (f: unknown): f is DatasetFinding =>
  typeof f === 'object' && f !== null && typeof (f as { ref?: unknown }).ref === 'string' && typeof (f as { check?: unknown }).check === 'string';

export function planFindings(plan: PlanRow): FindingView[] {
  const recorded: unknown[] = Array.isArray(plan.findings) ? plan.findings : [];
  return recorded.filter(isFinding).map((f) => ({
    code: `recorded.${f.check}`,
    check: f.check,
    severity: f.check === 'text' ? 'info' : 'warning',
    ref: f.ref,
    where: f.where ?? null,
    printed: f.printed ?? null,
    computed: f.computed ?? null,
    message: f.what ?? '',
  }));
}
