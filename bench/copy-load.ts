/**
 * The COPY bulk loader of the national-size benchmark: synthetic Pemda (generate.ts) turned into
 * rows by the importer's own row builder (buildPlanRows) and streamed into PostgreSQL with
 * `COPY … FROM STDIN` through psql, table by table, one Pemda per batch. No audit rows: this is a
 * bulk load of benchmark data, not an import.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { getTableColumns, type Table } from 'drizzle-orm';
import { schema } from '@kinerja/db';
import { buildPlanRows } from '../packages/db/src/import/rows.ts';
import { generateOpdDataset } from './generate.ts';
import { opdName, pemdaName } from './templates.ts';

type Row = Record<string, unknown>;

const escape = (v: unknown): string => {
  if (v === null || v === undefined) return '\\N';
  const s = v instanceof Date ? v.toISOString() : typeof v === 'object' ? JSON.stringify(v) : typeof v === 'boolean' ? (v ? 't' : 'f') : String(v);
  return s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
};

/** COPY rows (drizzle property names) into a table; columns = the keys of the first row. */
export async function copyRows(url: string, table: Table, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const cols = getTableColumns(table);
  const props = Object.keys(rows[0] ?? {});
  const names = props.map((p) => {
    const c = cols[p];
    if (!c) throw new Error(`no column ${p}`);
    return `"${c.name}"`;
  });
  const tableName = (table as unknown as Record<symbol, string>)[Symbol.for('drizzle:Name')];
  const psql = spawn('psql', [url, '-v', 'ON_ERROR_STOP=1', '-q', '-c', `COPY "${tableName}" (${names.join(', ')}) FROM STDIN`], { stdio: ['pipe', 'inherit', 'pipe'] });
  let err = '';
  psql.stderr.on('data', (b: Buffer) => (err += b.toString()));
  const done = new Promise<void>((resolve, reject) => psql.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`COPY ${tableName}: ${err}`)))));
  const CHUNK = 5000;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const text = rows.slice(i, i + CHUNK).map((r) => props.map((p) => escape(r[p])).join('\t')).join('\n') + '\n';
    if (!psql.stdin.write(text)) await new Promise((r) => psql.stdin.once('drain', r));
  }
  psql.stdin.end();
  await done;
}

export interface LoadOptions {
  url: string;
  /** Pemda indices [from, to) */
  from: number;
  to: number;
  opd: number;
  indicators: number;
  year?: number;
}

/** Loads Pemda `from`…`to - 1`, each with `opd` OPD plans; returns the rows written per table. */
export async function loadPemda(o: LoadOptions): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const add = (k: string, n: number): void => void (counts[k] = (counts[k] ?? 0) + n);
  for (let p = o.from; p < o.to; p++) {
    const pemdaId = randomUUID();
    const name = pemdaName(p);
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const batch: Record<string, { table: Table; rows: Row[] }> = {};
    const push = (key: string, table: Table, rows: Row[]): void => {
      (batch[key] ??= { table, rows: [] }).rows.push(...rows);
      add(key, rows.length);
    };
    push('pemda', schema.pemda, [{ id: pemdaId, slug, name, province: 'Kalimantan Timur', level: 'kabupaten' }]);
    for (let k = 0; k < o.opd; k++) {
      const d = generateOpdDataset(p, k, { indicators: o.indicators, year: o.year ?? 2025 });
      const opdId = randomUUID();
      const planId = randomUUID();
      const { name: opdN, abbr } = opdName(k);
      push('opd', schema.opd, [{ id: opdId, pemdaId, slug: abbr.toLowerCase().replace(/[^a-z0-9]+/g, '-'), name: opdN, abbr }]);
      const unitIds = new Map(d.units.map((u) => [u.id, randomUUID()] as const));
      push('unit', schema.unit, d.units.map((u) => ({ id: unitIds.get(u.id), pemdaId, opdId, name: u.name })));
      push('plan', schema.plan, [{ id: planId, pemdaId, opdId, year: d.year, renstraStart: 2021, renstraEnd: 2026, source: d.source ?? null, evaluations: {}, profile: {}, findings: [], extra: { pemda: d.pemda, opd: d.opd, units: d.units.map((u) => ({ unitId: unitIds.get(u.id), unit: u })) } }]);
      const rows = buildPlanRows(d, pemdaId, planId, unitIds);
      push('plan_document', schema.planDocument, rows.documents.map((r) => ({ id: randomUUID(), ...r })));
      push('plan_node', schema.planNode, rows.nodes);
      push('plan_node_closure', schema.planNodeClosure, rows.closure);
      push('node_budget', schema.nodeBudget, rows.budgets.map((r) => ({ id: randomUUID(), ...r })));
      push('indicator', schema.indicator, rows.indicators);
      push('indicator_value', schema.indicatorValue, rows.values.map((r) => ({ id: randomUUID(), ...r })));
    }
    for (const { table, rows } of Object.values(batch)) await copyRows(o.url, table, rows);
  }
  return counts;
}
