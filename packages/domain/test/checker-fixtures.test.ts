/**
 * Acceptance of the consistency checker against the four fixtures (shared/fixtures): every finding
 * a fixture records (except `text`, which is for people) must be reported with the same `ref` and
 * `check`, and what the checker reports beyond the fixture is pinned per check so that a check that
 * starts crying wolf fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset, DatasetFinding } from '../src/dataset.ts';
import { checkDataset, type CheckFinding } from '../src/checker/index.ts';

const load = (name: string): Dataset =>
  JSON.parse(readFileSync(new URL(`../../../../shared/fixtures/${name}.json`, import.meta.url), 'utf8')) as Dataset;

const key = (f: { check: string; ref: string }): string => `${f.check}|${f.ref}`;

const countBy = <T>(items: T[], by: (t: T) => string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const item of items) out[by(item)] = (out[by(item)] ?? 0) + 1;
  return out;
};

/**
 * Findings beyond the fixture on a (ref, check) the fixture records, per check. All were read in
 * the seed text and are real:
 * - renaksi, schedule 2: SK1.1.2.I1 and SK1.2.1.I1 both miss their annual target (recorded) AND
 *   print a 13th schedule cell (`3,00`, `50,00` after December; seed 000 Tabel 2.4): one fixture
 *   finding describes both, the checker reports each contradiction on its own.
 * - kukar, unit 1: SK1.5.6.I1 "Jumlah Laporan Fasilitas Kunjungan Tamu" has satuan Paket in
 *   T-C.29 — the name counts laporan (recorded as T-C.29 vs T-C.33; the checker also reports the
 *   name-vs-unit contradiction, of the same kind as the recorded SK1.4.2.I1 and SK2.4.3.I1).
 * Findings on a (ref, check) the fixture does not record: none in any fixture (table below).
 */
const CASES: {
  name: string;
  recorded: number;
  surplus: Record<string, number>;
  perCheck: Record<string, number>;
}[] = [
  {
    name: 'paser-2025-renaksi-perubahan',
    recorded: 46,
    surplus: { schedule: 2 },
    perCheck: { schedule: 42, conflict: 1, duplicate: 3, unit: 2 },
  },
  {
    name: 'paser-2024-lkjip',
    recorded: 73,
    surplus: {},
    perCheck: { sum: 26, schedule: 1, ratio: 33, conflict: 12, unit: 1, completeness: 85 },
  },
  {
    name: 'paser-2020-iku-iki',
    recorded: 11,
    surplus: {},
    perCheck: { duplicate: 11, completeness: 126 },
  },
  {
    name: 'kukar-2025-renja',
    recorded: 72,
    surplus: { unit: 1 },
    perCheck: { sum: 15, ratio: 9, conflict: 4, duplicate: 4, unit: 41, completeness: 7 },
  },
];

describe('checkDataset on the fixtures', () => {
  it.each(CASES)('$name: every recorded finding is found (recall $recorded/$recorded)', ({ name, recorded }) => {
    const dataset = load(name);
    const expected = (dataset.findings ?? []).filter((f: DatasetFinding) => f.check !== 'text');
    const found = new Set(checkDataset(dataset).map(key));
    const missed = expected.filter((f) => !found.has(key(f))).map(key);
    expect(expected).toHaveLength(recorded);
    expect(missed).toEqual([]);
  });

  it.each(CASES)('$name: no finding on a (ref, check) the fixture does not record', ({ name }) => {
    const dataset = load(name);
    const recorded = new Set((dataset.findings ?? []).map(key));
    const extras = checkDataset(dataset).filter((f) => f.check !== 'completeness' && !recorded.has(key(f)));
    expect(extras.map((f) => `${f.code} ${f.ref}: ${f.message}`)).toEqual([]);
  });

  it.each(CASES)('$name: surplus findings per check are the reviewed ones', ({ name, surplus }) => {
    const dataset = load(name);
    const recordedCounts = countBy(
      (dataset.findings ?? []).filter((f: DatasetFinding) => f.check !== 'text'),
      key,
    );
    const mine = countBy(
      checkDataset(dataset).filter((f) => f.check !== 'completeness'),
      key,
    );
    const bySurplus: Record<string, number> = {};
    for (const [k, n] of Object.entries(mine)) {
      const over = n - (recordedCounts[k] ?? 0);
      const check = k.split('|')[0] ?? '';
      if (over > 0) bySurplus[check] = (bySurplus[check] ?? 0) + over;
    }
    expect(bySurplus).toEqual(surplus);
  });

  it.each(CASES)('$name: findings per check stay as reviewed', ({ name, perCheck }) => {
    expect(countBy(checkDataset(load(name)), (f: CheckFinding) => f.check)).toEqual(perCheck);
  });

  it('reports in Bahasa Indonesia with Indonesian numbers', () => {
    const findings = checkDataset(load('paser-2024-lkjip'));
    const p2 = findings.find((f) => f.code === 'sum.budget_total' && f.ref === 'FIN-TOTAL');
    expect(p2).toMatchObject({
      check: 'sum',
      severity: 'warning',
      printed: '27.346.788.906',
      computed: '32.300.782.706',
    });
    expect(p2?.message).toContain('Tabel 1.6 mencetak pagu 2024 27.346.788.906');
    const akip = findings.find((f) => f.code === 'sum.score_total');
    expect(akip).toMatchObject({ ref: 'AKIP', severity: 'info', printed: '71,51', computed: '71,5' });
  });
});
