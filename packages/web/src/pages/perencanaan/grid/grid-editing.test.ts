import { describe, expect, it } from 'vitest';
import { applyEdits, renameRow, requestsFor, type Edit } from './changes.ts';
import { buildColumns, type Column } from './columns.ts';
import { at, clampCursor, move, rangeOf, type Cursor } from './cursor.ts';
import { planPaste } from './paste.ts';
import { addEdits, failedRow, hasUnsaved, renamePending, rowsToSend, savedRow, takeEdits, type Pending } from './pending.ts';
import { flattenPlan } from './rows.ts';
import { demoDataset } from './test-plan.ts';

const renaksi = demoDataset('kabupaten-paser', 'paser-2025-renaksi-perubahan.json');
const rows = flattenPlan(renaksi);
const cols = buildColumns('triwulan', 2025, null);
const colIndex = (key: string): number => cols.findIndex((c) => c.key === key);
const rowIndex = (id: string): number => rows.findIndex((r) => r.id === id);
const col = (key: string): Column => cols[colIndex(key)] as Column;
const size = { rows: 10, cols: 5 };

describe('cursor movement', () => {
  it.each<[string, Cursor, { key: string; shift?: boolean; ctrl?: boolean }, [number, number] | null]>([
    ['down', at(2, 2), { key: 'ArrowDown' }, [3, 2]],
    ['up at the top stays', at(0, 2), { key: 'ArrowUp' }, [0, 2]],
    ['right at the end stays', at(2, 4), { key: 'ArrowRight' }, [2, 4]],
    ['Enter moves down', at(2, 2), { key: 'Enter' }, [3, 2]],
    ['Shift+Enter moves up', at(2, 2), { key: 'Enter', shift: true }, [1, 2]],
    ['Tab moves right', at(2, 2), { key: 'Tab' }, [2, 3]],
    ['Tab at the row end wraps to the next row', at(2, 4), { key: 'Tab' }, [3, 0]],
    ['Shift+Tab at the row start wraps back', at(2, 0), { key: 'Tab', shift: true }, [1, 4]],
    ['Home', at(2, 3), { key: 'Home' }, [2, 0]],
    ['Ctrl+End', at(2, 3), { key: 'End', ctrl: true }, [9, 4]],
    ['PageDown clamps', at(5, 1), { key: 'PageDown' }, [9, 1]],
    ['a letter does not move', at(2, 2), { key: 'a' }, null],
  ])('%s', (_name, from, key, to) => {
    const c = move(from, key, size);
    expect(c ? [c.row, c.col] : null).toEqual(to);
  });

  it('Shift+arrows grow a range from the anchor; a plain arrow collapses it', () => {
    const a = move(at(1, 1), { key: 'ArrowDown', shift: true }, size) as Cursor;
    const b = move(a, { key: 'ArrowRight', shift: true }, size) as Cursor;
    expect(rangeOf(b)).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    expect(rangeOf(move(b, { key: 'ArrowDown' }, size) as Cursor)).toEqual({ top: 3, left: 2, bottom: 3, right: 2 });
  });

  it('is kept inside the grid when rows go away', () => {
    expect(clampCursor(at(9, 4), { rows: 3, cols: 5 })).toEqual(at(2, 4));
  });
});

describe('pasting a block from Excel (seed 000 Tabel 2.4, TW I–IV)', () => {
  const start = rowIndex('SK1.1.2.I1');
  const left = colIndex('target:2025-Q1');
  it('reads Indonesian numbers into the quarter targets, row by row', () => {
    const p = planPaste('3\t3\t3\t4\r\n1\t1\t1\t2\r\n', { top: start, left, bottom: start, right: left }, rows, cols);
    expect(p.errors).toEqual([]);
    expect(p.edits.map((e) => [e.rowId, e.col.key, e.value])).toEqual([
      ['SK1.1.2.I1', 'target:2025-Q1', 3],
      ['SK1.1.2.I1', 'target:2025-Q2', 3],
      ['SK1.1.2.I1', 'target:2025-Q3', 3],
      ['SK1.1.2.I1', 'target:2025-Q4', 4],
      // the next row is the kegiatan K1.2 itself: its quarter cells do not apply
    ]);
    expect(p.skipped).toBe(4);
  });

  it('one copied value fills the whole selection', () => {
    const p = planPaste('71,51\n', { top: rowIndex('S1.I1'), left, bottom: rowIndex('S1.I1'), right: left + 3 }, rows, cols);
    expect(p.edits.map((e) => e.value)).toEqual([71.51, 71.51, 71.51, 71.51]);
  });

  it('reports a bad cell with its row and column and applies the others', () => {
    const r = rowIndex('S1.I1');
    const p = planPaste('71,51\t71,51\t1.824\t71,51', { top: r, left, bottom: r, right: left }, rows, cols);
    expect(p.edits.map((e) => [e.col.key, e.value])).toEqual([['target:2025-Q1', 71.51], ['target:2025-Q2', 71.51], ['target:2025-Q4', 71.51]]);
    expect(p.errors.map((e) => [e.row, e.col.key, e.value])).toEqual([[r, 'target:2025-Q3', '1.824']]);
  });

  it('a pagu column pasted down skips the indicator rows between the nodes', () => {
    const r = rowIndex('K1.2');
    const pagu = colIndex('pagu:2025');
    const p = planPaste('9.224.195.464\n-\n9.108.695.704', { top: r, left: pagu, bottom: r, right: pagu }, rows, cols);
    expect(p.edits.map((e) => [e.rowId, e.value])).toEqual([['K1.2', 9224195464], ['SK1.2.1', 9108695704]]);
    expect(p.skipped).toBe(1);
  });
});

describe('applying edits and the requests that save them', () => {
  const target: Edit = { rowId: 'S1.I1', rowType: 'indicator', col: col('target:2025'), value: 75 };
  const unit: Edit = { rowId: 'S1.I1', rowType: 'indicator', col: col('unit'), value: 'Nilai' };
  const pagu: Edit = { rowId: 'SK1.2.1', rowType: 'node', col: col('pagu:2025'), value: 9_000_000_000 };
  const name: Edit = { rowId: 'SK1.2.1', rowType: 'node', col: col('name'), value: 'Penyediaan Gaji' };

  it('changes only the edited rows', () => {
    const next = applyEdits(renaksi, [target, unit, pagu]);
    expect(next.indicators.find((i) => i.id === 'S1.I1')).toMatchObject({ unit: 'Nilai', targets: { '2025': 75, '2025-01': 71.51 } });
    expect(next.nodes.find((n) => n.id === 'SK1.2.1')?.budget).toEqual({ '2025': 9_000_000_000 });
    expect(next.nodes.find((n) => n.id === 'P1')).toBe(renaksi.nodes.find((n) => n.id === 'P1'));
    expect(applyEdits(next, [{ ...target, value: null }]).indicators.find((i) => i.id === 'S1.I1')?.targets?.['2025']).toBeUndefined();
  });

  it.each<[string, 'node' | 'indicator', string, Edit[], unknown[]]>([
    ['indicator fields and a target', 'indicator', 'S1.I1', [unit, target], [
      { method: 'PATCH', path: 'indicators/S1.I1', body: { unit: 'Nilai' }, keys: ['unit'] },
      { method: 'PUT', path: 'values', body: { entries: [{ indicatorId: 'S1.I1', kind: 'target', period: '2025', value: 75 }] }, keys: ['target:2025'] },
    ]],
    ['node name and pagu', 'node', 'SK1.2.1', [name, pagu], [
      { method: 'PATCH', path: 'nodes/SK1.2.1', body: { name: 'Penyediaan Gaji' }, keys: ['name'] },
      { method: 'PUT', path: 'budgets', body: { entries: [{ nodeId: 'SK1.2.1', period: '2025', pagu: 9_000_000_000 }] }, keys: ['pagu:2025'] },
    ]],
  ])('%s', (_n, type, id, edits, requests) => {
    expect(requestsFor(type, id, edits)).toEqual(requests);
  });

  it('a created node takes its stored id, its indicators follow', () => {
    const next = renameRow(renaksi, 'node', 'K1.1', 'uuid-k');
    expect(next.nodes.filter((n) => n.parent === 'uuid-k').map((n) => n.id)).toEqual(['SK1.1.1', 'SK1.1.2']);
    expect(next.indicators.filter((i) => i.node === 'uuid-k')).toHaveLength(1);
  });
});

describe('dirty tracking per row', () => {
  const e = (value: number): Edit => ({ rowId: 'r', rowType: 'indicator', col: col('target:2025'), value });
  it('dirty → saving → saved; an edit during the save keeps the row dirty', () => {
    let p: Pending = addEdits(new Map(), 'r', [e(1)]);
    expect([p.get('r')?.status, rowsToSend(p)]).toEqual(['dirty', ['r']]);
    const taken = takeEdits(p, 'r');
    expect(taken?.edits.map((x) => x.value)).toEqual([1]);
    p = addEdits(taken?.pending ?? p, 'r', [e(2)]);
    expect([p.get('r')?.status, rowsToSend(p), takeEdits(p, 'r')]).toEqual(['saving', [], null]);
    p = savedRow(p, 'r');
    expect(p.get('r')?.status).toBe('dirty');
    p = savedRow(takeEdits(p, 'r')?.pending ?? p, 'r');
    expect([p.get('r')?.status, hasUnsaved(p)]).toEqual(['saved', false]);
  });

  it('a failure keeps the edits; a newer value of the same cell wins on retry', () => {
    let p: Pending = addEdits(new Map(), 'r', [e(1)]);
    p = takeEdits(p, 'r')?.pending ?? p;
    p = addEdits(p, 'r', [e(3)]);
    p = failedRow(p, 'r', { column: 'Target 2025', value: '1', message: 'Nilai tidak sah' });
    expect([p.get('r')?.status, p.get('r')?.waiting.map((x) => x.value), hasUnsaved(p), rowsToSend(p)]).toEqual(['error', [3], true, []]);
    expect(takeEdits(renamePending(p, 'r', 'uuid'), 'uuid')?.edits.map((x) => [x.rowId, x.value])).toEqual([['uuid', 3]]);
  });
});
