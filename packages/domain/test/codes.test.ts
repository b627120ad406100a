import { describe, expect, it } from 'vitest';
import { codeKindOf, extendsParent, normaliseLegacyCode, parentCode, validateCode, type NodeKind } from '../src/index.ts';

describe('§2.4 codes', () => {
  it.each([
    ['5', 'urusan'],
    ['5.03', 'bidang'],
    ['5.03.01', 'program'],
    ['5.03.01.2.01', 'kegiatan'],
    ['5.03.01.2.01.0001', 'subkegiatan'],
    ['5.03.01.2.01.06', 'subkegiatan'],
    ['1.01.01.02.01.0001', null],
    ['5.3.01', null],
    ['abc', null],
  ])('codeKindOf(%s) = %s', (code, kind) => {
    expect(codeKindOf(code)).toBe(kind);
  });

  it.each<[string, NodeKind, boolean, boolean]>([
    ['5.03.01', 'program', true, false],
    ['5.04.02', 'program', true, false],
    ['5.03.01.2.01', 'kegiatan', true, false],
    ['5.03.01.2.01.0001', 'subkegiatan', true, false],
    ['5.03.01.2.01.06', 'subkegiatan', true, true],
    ['1.01.01.02.01.0001', 'subkegiatan', false, false],
    ['5.03.01.2.01', 'program', false, false],
    ['5.03.01', 'sasaran', false, false],
    ['', 'program', false, false],
  ])('validateCode(%s, %s) → ok %s legacy %s', (code, kind, ok, legacy) => {
    const r = validateCode(code, kind);
    expect(r.ok).toBe(ok);
    expect(r.legacy).toBe(legacy);
    expect(r.reason === null).toBe(ok);
  });

  it.each([
    ['5.03.01.2.01.0001', '5.03.01.2.01'],
    ['5.03.01.2.01.06', '5.03.01.2.01'],
    ['5.03.01.2.01', '5.03.01'],
    ['5.03.01', '5.03'],
    ['5.03', '5'],
    ['5', null],
    ['x.1', null],
  ])('parentCode(%s) = %s', (code, parent) => {
    expect(parentCode(code)).toBe(parent);
  });

  it.each([
    ['5.03.01.2.01.0001', '5.03.01.2.01', true],
    ['5.03.01.2.02.05', '5.03.01.2.02', true],
    ['5.03.01.2.02.05', '5.03.01.2.01', false],
    ['5.04.02.2.01', '5.04.02', true],
    ['5.04.02.2.01', '5.03.01', false],
  ])('extendsParent(%s, %s) = %s', (child, parent, expected) => {
    expect(extendsParent(child, parent)).toBe(expected);
  });

  it('normalises legacy 2-digit sub kegiatan codes by left padding', () => {
    expect(normaliseLegacyCode('5.03.01.2.01.06')).toBe('5.03.01.2.01.0006');
    expect(normaliseLegacyCode('5.03.01.2.01.0006')).toBe('5.03.01.2.01.0006');
    expect(normaliseLegacyCode('5.03.01')).toBe('5.03.01');
  });
});
