/**
 * Fuzzing the planning paste importer (`mapPaste`: TSV copied from Excel or Word) with damaged
 * copies of the seeds' real tables: it never throws anything but a KinerjaError, and what it
 * returns is well-formed (cell errors point at real lines and columns, schedules only carry
 * periods of the plan year, numbers are finite).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PASTE_FIELDS, isKinerjaError, mapPaste, type PasteField, type PasteResult } from '@kinerja/domain';

const seed = (name: string): string => readFileSync(new URL(`../../../domain/test/planning-fixtures/${name}`, import.meta.url), 'utf8');
const SEEDS = [
  ['seed000-tabel-2-4.tsv', 2025],
  ['seed003-tc33.tsv', 2025],
] as const;

type Edit = { at: number; del: number; insert: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  del: fc.nat({ max: 40 }),
  insert: fc.oneof(
    fc.constantFrom('\t', '\n', '\r\n', '"', '""', '\t\t\t\t\t\t\t\t\t\t\t\t\t\t', '-', '71,51', '1.458', 'Rp 18.953.949.068', '1e309', '-0', '%', 'x'.repeat(2000), '\u0000', '\u00a0'),
    fc.string({ maxLength: 20 }),
  ),
});

function applyEdits(text: string, edits: readonly Edit[]): string {
  let t = text;
  for (const e of edits) {
    const at = e.at % (t.length + 1);
    t = t.slice(0, at) + e.insert + t.slice(at + e.del);
  }
  return t;
}

const mapping = fc.dictionary(fc.nat({ max: 20 }).map(String), fc.constantFrom<PasteField>(...PASTE_FIELDS), { maxKeys: 4 });

function checkResult(r: PasteResult, text: string, year: number): void {
  const lines = text.split(/\r?\n/).length;
  for (const e of r.errors) {
    expect(e.row).toBeGreaterThanOrEqual(0);
    expect(e.row).toBeLessThanOrEqual(lines);
    expect(e.column).toBeGreaterThanOrEqual(1);
    expect(e.message.length).toBeGreaterThan(0);
  }
  for (const row of r.rows) {
    for (const [period, v] of Object.entries(row.schedule)) {
      expect(period.startsWith(String(year))).toBe(true);
      if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
    }
    for (const v of [row.budget, row.budgetNext, row.target, row.targetNext]) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
  }
}

describe('fuzzing the planning paste (TSV)', () => {
  it.each(SEEDS)('%s: damaged pastes give a result or a KinerjaError', (name, year) => {
    const base = seed(name);
    expect(mapPaste(base, { year }).rows.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), mapping, fc.option(fc.nat({ max: 8 }), { nil: undefined }), (edits, m, headerRows) => {
        const text = applyEdits(base, edits);
        try {
          const r = mapPaste(text, { year, mapping: Object.fromEntries(Object.entries(m).map(([k, v]) => [Number(k), v])), ...(headerRows !== undefined ? { headerRows } : {}) });
          checkResult(r, text, year);
        } catch (e) {
          if (!isKinerjaError(e)) throw e;
        }
      }),
      { numRuns: 200, seed: 8_0303 },
    );
  });

  it('survives text that is not a table at all', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 1990, max: 2100 }), (text, year) => {
        try {
          checkResult(mapPaste(text, { year }), text, year);
        } catch (e) {
          if (!isKinerjaError(e)) throw e;
        }
      }),
      { numRuns: 300, seed: 8_0304 },
    );
  });
});
