import { describe, expect, it } from 'vitest';
import { formatSize, mayGenerate, mayWriteNarrative, requestOf, stepOf } from './report-model.ts';

describe('the Pelaporan page rules', () => {
  it.each([
    ['queued', 0, 'queued'],
    ['running', 10, 'exporting'],
    ['running', 40, 'building'],
    ['running', 80, 'rendering'],
    ['done', 100, 'done'],
    ['failed', 40, 'failed'],
  ] as const)('%s at %i %% is the step %s', (status, progress, step) => {
    expect(stepOf(status, progress)).toBe(step);
  });

  it.each([
    [{ kind: 'lkjip', format: 'docx', period: '2024-Q3', unit: 'Sekretariat' }, 2024, { kind: 'lkjip', year: 2024, format: 'docx' }],
    [
      { kind: 'evaluasi-triwulan', format: 'xlsx', period: '2025-Q3', unit: 'Sekretariat' },
      2025,
      { kind: 'evaluasi-triwulan', year: 2025, format: 'xlsx', period: '2025-Q3', unit: 'Sekretariat' },
    ],
    [{ kind: 'evaluasi-triwulan', format: 'pdf', period: '2025-Q1', unit: '' }, 2025, { kind: 'evaluasi-triwulan', year: 2025, format: 'pdf', period: '2025-Q1' }],
  ] as const)('form %j of %i → request %j', (form, year, request) => {
    expect(requestOf(form, year)).toEqual(request);
  });

  it.each([
    [['pimpinan'], true, false],
    [['evaluator'], true, false],
    [['admin_opd'], true, true],
    [['operator'], false, false],
  ] as const)('%j may generate: %s, write narratives: %s', (roles, generate, write) => {
    expect(mayGenerate(roles)).toBe(generate);
    expect(mayWriteNarrative(roles)).toBe(write);
  });

  it.each([
    [37_067, '37 KB'],
    [137_048, '137 KB'],
    [1_250_000, '1,3 MB'],
    [null, '–'],
  ] as const)('%s bytes → %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});
