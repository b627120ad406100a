import type { Finding, Severity } from '../api/types.ts';

export interface FindingFilter {
  check: string;
  severity: Severity | '';
}

export const filterFindings = (findings: readonly Finding[], filter: FindingFilter): Finding[] =>
  findings.filter((f) => (!filter.check || f.check === filter.check) && (!filter.severity || f.severity === filter.severity));

/** The checks present, in a stable order, with their counts. */
export function checkCounts(findings: readonly Finding[]): { check: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.check, (counts.get(f.check) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([check, count]) => ({ check, count }));
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then info; stable otherwise. */
export const bySeverity = (a: Finding, b: Finding): number => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
