/** T-C.31 JUMLAH of seed 003 (Kutai Kartanegara, Renja 2025): Σ program rows of each block. */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@kinerja/domain';
import { buildReport, type Cell, type TableBlock } from '../src/index.ts';
import { fixture, GENERATED_AT } from './helpers.ts';

const tc31Of = (dataset: Dataset) => {
  const model = buildReport(dataset, { kind: 'renja', year: 2025, generatedAt: GENERATED_AT });
  const table = model.sections.flatMap((s) => s.blocks).find((b): b is TableBlock => b.type === 'table' && b.id === 'tc31');
  const total = table?.rows.at(-1);
  const value = (key: string): unknown => (total?.cells[key] as Cell | undefined)?.value;
  return { model, total, value };
};

describe('T-C.31 JUMLAH', () => {
  it('is the seed\'s printed 74.659.638.514 (rancangan awal) and 32.743.331.188 (hasil analisis), no discrepancy', () => {
    const { total, value, model } = tc31Of(fixture('kukar-2025-renja'));
    expect(total?.kind).toBe('total');
    expect(value('a_name')).toBe('JUMLAH');
    expect(value('a_pagu')).toBe(74659638514);
    expect(value('b_dana')).toBe(32743331188);
    expect(model.discrepancies ?? []).toEqual([]);
  });

  it('lists the printed JUMLAH as a discrepancy when a program row changes', () => {
    const dataset = fixture('kukar-2025-renja');
    const raws = dataset.nodes.filter((n) => n.kind === 'program').map((n) => n.raw as { tc31?: { hasil_analisis: { kebutuhan_dana: number } } } | undefined);
    const block = raws.find((r) => r?.tc31 !== undefined)?.tc31?.hasil_analisis;
    if (!block) throw new Error('no T-C.31 program');
    block.kebutuhan_dana += 1000;
    const { value, model } = tc31Of(dataset);
    expect(value('b_dana')).toBe(32743332188);
    expect(model.discrepancies?.map((d) => [d.code, d.printed, d.computed])).toEqual([['document.tc31_total', '32.743.331.188', '32.743.332.188']]);
  });
});
