/** GET xlsx?table=…: one planning table of the plan as an Excel workbook in the layout users know. */
import type { Db } from '@kinerja/db';
import type { SessionUser } from '../../../permissions.ts';
import { parse } from '../../../http/problem.ts';
import type { PlanRef } from '../../plans/resolve-plan.ts';
import { xlsxQuery } from '../inputs.ts';
import { readablePlan } from '../plan-access.ts';
import { livePlan } from '../snapshot.ts';
import { LAYOUTS } from './layouts.ts';
import { tableRows } from './table-rows.ts';
import { writeWorkbook } from './workbook.ts';

export async function exportTable(db: Db, user: SessionUser, ref: PlanRef, query: unknown): Promise<{ fileName: string; bytes: Uint8Array }> {
  const s = await readablePlan(db, user, ref);
  const { table } = parse(xlsxQuery, query);
  const d = await livePlan(db, s);
  const units = new Map(d.units.map((u) => [u.id, u.name] as const));
  const layout = LAYOUTS[table];
  const years = d.renstra ? Array.from({ length: d.renstra.end - d.renstra.start + 1 }, (_, i) => (d.renstra?.start ?? 0) + i) : [];
  const rows = tableRows(d, table, (id) => (id ? (units.get(id) ?? null) : null));
  const bytes = await writeWorkbook(table.toUpperCase(), `${layout.title(d.year)} — ${s.opd.name}`, layout.headers(d.year, years), rows, layout.widths(years));
  return { fileName: `${s.opd.slug}-${d.year}-${table}.xlsx`, bytes };
}
