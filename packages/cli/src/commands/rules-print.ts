/** Printing a year's rule set for people: a header, who changed it, then one line per parameter. */
import type { YearRuleSet } from '@kinerja/server';
import { printLine, table } from '../output.ts';
import { rulesMsg as m } from './rules-messages.ts';

const shown = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

export function printYearRuleSet(pemdaSlug: string, r: YearRuleSet): void {
  printLine(m.header(pemdaSlug, r.year, r.key, r.version, r.source));
  printLine(r.changed ? m.changed(r.changed.by ?? '-', r.changed.at, r.changed.reason) : m.notAssigned);
  printLine(table([m.headers.key, m.headers.value], Object.entries(r.params).map(([k, v]) => [k, shown(v)])));
}
