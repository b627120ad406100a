import { describe, expect, it } from 'vitest';
import { buildReport, renderReport } from '../src/index.ts';
import type { TableBlock } from '../src/index.ts';
import { docxText, fixture, GENERATED_AT, squash } from './helpers.ts';

describe('Evaluasi triwulan of the Sekretariat of BKPSDM Paser, TW II 2025 (seed 000 monthly targets)', () => {
  const dataset = fixture('paser-2025-renaksi-perubahan');
  const model = buildReport(dataset, { kind: 'evaluasi-triwulan', year: 2025, period: '2025-Q2', unit: 'U1', generatedAt: GENERATED_AT });
  const table = model.sections[0]?.blocks.find((b): b is TableBlock => b.type === 'table');

  it('lists the unit indicators and names the period', () => {
    expect(model.title).toBe('EVALUASI KINERJA TRIWULAN II TAHUN 2025');
    const sakip = table?.rows.find((r) => r.cells['indikator'] === 'Nilai SAKIP Perangkat Daerah');
    // last-type indicator: the target at the end of June is 71,51; no realisation yet → no capaian
    expect(sakip?.cells['target']).toMatchObject({ value: 71.51 });
    expect(sakip?.cells['capaian']).toMatchObject({ value: null });
  });

  it('DOCX shows the period title and the pagu of the unit programs', async () => {
    const text = squash(await docxText(await renderReport(model, 'docx')));
    expect(text).toContain('TRIWULAN II TAHUN 2025');
    expect(text).toContain('10.022.791.347');
  });
});
