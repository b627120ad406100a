/** `kinerja rules show|set|list` end to end on a PGlite --data directory (BKPSDM Paser 2024 imported). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kinerja, parseJson, repoRoot } from './cli-run.ts';

const LONG = 240_000;
let tmp: string;
let data: string;

interface Shown {
  pemda: string;
  year: number;
  key: string;
  version: number;
  source: string;
  assigned: boolean;
  params: { capaianCap: number | null; capaianBands: string };
  changed: { by: string | null; reason: string | null } | null;
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'kinerja-rules-'));
  data = join(tmp, 'data');
  const imported = kinerja(['--data', data, 'import', join(repoRoot, 'demo/kabupaten-paser/paser-2024-lkjip.json')]);
  if (imported.status !== 0) throw new Error(imported.stderr);
}, LONG);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const show = (): Shown => {
  const r = kinerja(['--data', data, '--json', 'rules', 'show', '--pemda', 'kabupaten-paser', '--year', '2024']);
  expect(r.status, r.stderr).toBe(0);
  return parseJson<Shown>(r.stdout);
};

describe('kinerja rules', () => {
  it('shows pemda-default before anything is set, in plain text too', () => {
    expect(show()).toMatchObject({ key: 'pemda-default', version: 1, source: 'preset', assigned: false, changed: null });
    const text = kinerja(['--data', data, 'rules', 'show', '--pemda', 'kabupaten-paser', '--year', '2024']);
    expect(text.stdout).toContain('Aturan perhitungan kabupaten-paser tahun 2024: pemda-default versi 1 (preset bawaan)');
    expect(text.stdout).toMatch(/negativeFormula\s+two_minus_ratio/);
  }, LONG);

  it('sets a preset, audited as the CLI actor', () => {
    const r = kinerja(['--data', data, 'rules', 'set', '--pemda', 'kabupaten-paser', '--year', '2024', '--preset', 'bands-integer', '--reason', 'Uji CLI']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Tahun 2024 kini memakai bands-integer versi 1');
    const s = show();
    expect(s).toMatchObject({ key: 'bands-integer', version: 1, assigned: true, params: { capaianBands: 'round_then_integer' } });
    expect(s.changed?.by).toMatch(/^cli:/);
    expect(s.changed?.reason).toBe('Uji CLI');
  }, LONG);

  it('saves custom params from a file as a new version, and lists it', () => {
    const file = join(tmp, 'params.json');
    writeFileSync(file, JSON.stringify({ capaianCap: 100 }));
    const r = kinerja(['--data', data, '--json', 'rules', 'set', '--pemda', 'kabupaten-paser', '--year', '2024', '--file', file, '--key', 'paser-cap', '--base', 'pemda-default']);
    expect(r.status, r.stderr).toBe(0);
    expect(parseJson<Shown>(r.stdout)).toMatchObject({ key: 'paser-cap', version: 1, source: 'custom', params: { capaianCap: 100, capaianBands: 'left_open' } });
    const list = parseJson<{ presets: { key: string }[]; custom: { key: string; version: number }[]; years: { year: number; key: string }[] }>(
      kinerja(['--data', data, '--json', 'rules', 'list', '--pemda', 'kabupaten-paser']).stdout,
    );
    expect(list.presets.map((p) => p.key)).toContain('legacy-renja');
    expect(list.custom).toEqual([expect.objectContaining({ key: 'paser-cap', version: 1 })]);
    expect(list.years).toEqual([{ year: 2024, key: 'paser-cap', version: 1 }]);
  }, LONG);

  it.each([
    [['--preset', 'bands-integer', '--file', 'x.json'], 'kesalahan: --preset: gunakan salah satu: --preset atau --file'],
    [['--preset', 'tidak-ada'], 'kesalahan: rules: nilai harus salah satu dari: pemda-default, legacy-renja, bands-integer, inverse-ratio (diberikan: "tidak-ada")'],
  ])('refuses %j', (args, message) => {
    const r = kinerja(['--data', data, 'rules', 'set', '--pemda', 'kabupaten-paser', '--year', '2024', ...args]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(message);
  }, LONG);
});
