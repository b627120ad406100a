/**
 * A dataset written for the checker from no fixture document (test/fixtures/own-dataset.json: an
 * invented Dinas Perpustakaan dan Kearsipan, 2 sasaran, 4 indicators, 2 programs with budgets), with
 * exactly two deliberate errors recorded in its `findings`: the checker must report those and
 * nothing else.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../src/dataset.ts';
import { checkDataset } from '../src/checker/index.ts';

const dataset = JSON.parse(readFileSync(new URL('./fixtures/own-dataset.json', import.meta.url), 'utf8')) as Dataset;

describe('checkDataset on an own dataset', () => {
  it('finds exactly the deliberate sum and schedule errors', () => {
    const findings = checkDataset(dataset);
    expect(findings.map((f) => [f.code, f.ref, f.printed, f.computed])).toEqual([
      ['sum.budget_children', 'K2.1', '985.500.000', '960.500.000'],
      ['schedule.aggregate', 'S2.I2', '12.000', '11.000'],
    ]);
    expect(findings.map((f) => `${f.check}|${f.ref}`)).toEqual(
      (dataset.findings ?? []).map((f) => `${f.check}|${f.ref}`),
    );
  });

  it('finds nothing once the two errors are corrected', () => {
    const fixed = structuredClone(dataset);
    const k21 = fixed.nodes.find((n) => n.id === 'K2.1');
    const s2i2 = fixed.indicators.find((i) => i.id === 'S2.I2');
    if (!k21?.budget || !s2i2?.targets) throw new Error('own-dataset changed');
    k21.budget['2025'] = 960500000;
    s2i2.targets['2025'] = 11000;
    const p2 = fixed.nodes.find((n) => n.id === 'P2');
    const s2 = fixed.nodes.find((n) => n.id === 'S2');
    if (p2?.budget) p2.budget['2025'] = 960500000;
    if (s2?.budget) s2.budget['2025'] = 960500000;
    expect(checkDataset(fixed)).toEqual([]);
  });
});
