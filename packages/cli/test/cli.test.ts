import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckFinding, ComputeResult, Dataset } from '@kinerja/domain';
import { kinerja, parseJson, repoRoot } from './cli-run.ts';

const LONG = 240_000;
const fixture = (f: string): string => join(repoRoot, 'demo/kabupaten-paser', f);
const paser2024 = fixture('paser-2024-lkjip.json');

let tmp: string;
let data: string;
let empty: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'kinerja-cli-'));
  data = join(tmp, 'data');
  empty = join(tmp, 'empty');
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

interface ImportJson {
  pemdaSlug: string;
  opdSlug: string;
  year: number;
  counts: Record<string, number>;
}

describe('the kinerja command, end to end on a PGlite --data directory', () => {
  it('shows its help and exits 0', () => {
    const r = kinerja(['--help']);
    expect(r.status).toBe(0);
    for (const c of ['migrate', 'import', 'export', 'check', 'compute', 'users', 'backup', 'restore']) expect(r.stdout).toContain(c);
  });

  it('migrates a new data directory', () => {
    const r = kinerja(['--data', data, '--json', 'migrate']);
    expect(r.status, r.stderr).toBe(0);
    expect(parseJson<{ ok: boolean; kind: string }>(r.stdout)).toMatchObject({ ok: true, kind: 'pglite' });
    cpSync(data, empty, { recursive: true }); // a migrated, empty database for the restore below
  }, LONG);

  it('imports a fixture, refuses it again without --replace, replaces it with --replace', () => {
    const first = kinerja(['--data', data, '--json', 'import', paser2024]);
    expect(first.status, first.stderr).toBe(0);
    const r = parseJson<ImportJson>(first.stdout);
    expect(r).toMatchObject({ pemdaSlug: 'kabupaten-paser', opdSlug: 'bkpsdm', year: 2024 });
    expect(r.counts).toEqual({ nodes: 66, indicators: 68, values: 90, budgets: 60, documents: 4, units: 6 });

    const again = kinerja(['--data', data, 'import', paser2024]);
    expect(again.status).toBe(1);
    expect(again.stderr.trim()).toBe('kesalahan: year: rencana bkpsdm tahun 2024 sudah ada; gunakan --replace untuk menggantinya');

    const replaced = kinerja(['--data', data, 'import', paser2024, '--replace']);
    expect(replaced.status, replaced.stderr).toBe(0);
    expect(replaced.stdout).toContain('66 node, 68 indikator, 90 nilai, 60 anggaran, 4 dokumen, 6 unit');
  }, LONG);

  it('names the JSON path of a bad file, as text and as a JSON problem', () => {
    const bad = parseJson<Dataset>(readFileSync(fixture('paser-2025-renaksi-perubahan.json'), 'utf8'));
    const x = bad.indicators[12];
    if (x) x.targets = { ...x.targets, '2025-13': 1 };
    const file = join(tmp, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    const r = kinerja(['--data', data, '--json', 'import', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('kesalahan: indicators[12].targets["2025-13"]: ');
    const problem = parseJson<{ error: { code: string; details: { errors: { path: string; message: string }[] } } }>(r.stdout);
    expect(problem.error.code).toBe('invalid');
    expect(problem.error.details.errors).toContainEqual({ path: 'indicators[12].targets["2025-13"]', message: 'periode tidak dikenal' });
  }, LONG);

  it('exports the plan as the same kinerja-dataset/1 file', () => {
    const out = join(tmp, 'export.json');
    const r = kinerja(['--data', data, 'export', '--pemda', 'kabupaten-paser', '--opd', 'bkpsdm', '--year', '2024', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(parseJson<unknown>(readFileSync(out, 'utf8'))).toEqual(parseJson<unknown>(readFileSync(paser2024, 'utf8')));
    const missing = kinerja(['--data', data, 'export', '--pemda', 'kabupaten-paser', '--opd', 'bkpsdm', '--year', '2019']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('tidak ditemukan');
  }, LONG);

  it('checks a stored plan (--json) and a file (a table), exiting 0 with findings', () => {
    const stored = kinerja(['--data', data, 'check', '--pemda', 'kabupaten-paser', '--opd', 'bkpsdm', '--year', '2024', '--json']);
    expect(stored.status, stored.stderr).toBe(0);
    const { findings } = parseJson<{ findings: CheckFinding[] }>(stored.stdout);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => typeof f.ref === 'string' && typeof f.message === 'string')).toBe(true);
    const file = kinerja(['check', paser2024]);
    expect(file.status).toBe(0);
    expect(file.stdout).toMatch(/tingkat\s+cek\s+ref/);
    expect(file.stdout).toContain(`${findings.length} temuan`);
  }, LONG);

  it('computes a file with extra realisations, and a stored plan', () => {
    const real = join(tmp, 'real.json');
    writeFileSync(real, JSON.stringify({ format: 'kinerja-realisasi/1', realizations: { 'S2.I1': { '2024': 250 } } }));
    const r = kinerja(['compute', paser2024, '--realisasi', real, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const result = parseJson<ComputeResult>(r.stdout);
    // Hasil penilaian mandiri: target 250, realisasi 246,50 in the LKjIP; 250 given here → 100 %
    expect(result.indicators.find((i) => i.id === 'S2.I1')?.annual.capaian).toBe(100);

    const plain = kinerja(['compute', paser2024, '--json']);
    expect(parseJson<ComputeResult>(plain.stdout).indicators.find((i) => i.id === 'S2.I1')?.annual.capaian).toBeCloseTo(98.6, 6);

    const badReal = join(tmp, 'bad-real.json');
    writeFileSync(badReal, JSON.stringify({ format: 'kinerja-realisasi/1', realizations: { 'S2.I1': { '2024-13': 1 } } }));
    const bad = kinerja(['compute', paser2024, '--realisasi', badReal]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('kinerja-realisasi/1');

    const stored = kinerja(['--data', data, 'compute', '--pemda', 'kabupaten-paser', '--opd', 'bkpsdm', '--year', '2024', '--json']);
    expect(stored.status, stored.stderr).toBe(0);
    const ids = parseJson<ComputeResult>(stored.stdout).indicators.map((i) => i.id);
    expect(ids.length).toBe(68);
    expect(ids.every((id) => /^[0-9a-f-]{36}$/.test(id))).toBe(true);
  }, LONG);

  it('creates, lists and re-keys users, with audit rows by cli:<user>', () => {
    const created = kinerja(
      ['--data', data, '--json', 'users', 'create', '--username', 'perencana.bkpsdm', '--name', 'Perencana BKPSDM', '--password-stdin', '--role', 'admin_opd', '--pemda', 'kabupaten-paser', '--opd', 'bkpsdm'],
      'rahasia-sekali-123\n',
    );
    expect(created.status, created.stderr).toBe(0);
    const op = kinerja(['--data', data, 'users', 'create', '--username', 'op.sekretariat', '--name', 'Operator', '--password', 'rahasia-sekali-456', '--role', 'operator', '--pemda', 'kabupaten-paser', '--opd', 'bkpsdm', '--unit', 'Sekretariat']);
    expect(op.status, op.stderr).toBe(0);
    const short = kinerja(['--data', data, 'users', 'create', '--username', 'x.y.z', '--name', 'X', '--password', 'pendek', '--role', 'evaluator', '--pemda', 'kabupaten-paser']);
    expect(short.status).toBe(1);
    expect(short.stderr).toContain('kata sandi minimal 10 karakter');

    const list = kinerja(['--data', data, 'users', 'list', '--pemda', 'kabupaten-paser', '--json']);
    expect(list.status, list.stderr).toBe(0);
    const users = parseJson<{ username: string; roles: { role: string; opd: string | null; unit: string | null }[] }[]>(list.stdout);
    expect(users.map((u) => u.username)).toEqual(['op.sekretariat', 'perencana.bkpsdm']);
    expect(users[0]?.roles).toEqual([{ role: 'operator', opd: 'bkpsdm', unit: 'Sekretariat' }]);

    const passwd = kinerja(['--data', data, 'users', 'passwd', '--username', 'perencana.bkpsdm', '--password-stdin'], 'kata-sandi-baru-789\n');
    expect(passwd.status, passwd.stderr).toBe(0);
    const nobody = kinerja(['--data', data, 'users', 'passwd', '--username', 'tidak.ada', '--password', 'kata-sandi-baru-789']);
    expect(nobody.status).toBe(1);
  }, LONG);

  it('backs a Pemda up and restores it into an empty database', () => {
    const file = join(tmp, 'backup.json');
    const b = kinerja(['--data', data, 'backup', '--pemda', 'kabupaten-paser', '--out', file]);
    expect(b.status, b.stderr).toBe(0);
    const backup = parseJson<{ format: string; rows: Record<string, unknown[]> }>(readFileSync(file, 'utf8'));
    expect(backup.format).toBe('kinerja-backup/1');
    expect(backup.rows.app_user?.length).toBe(2);
    const actors = (backup.rows.audit_log as { actor_name: string; action: string }[]).map((a) => `${a.action}:${a.actor_name.startsWith('cli:')}`);
    expect(actors).toEqual(['import:true', 'import:true', 'create:true', 'create:true', 'passwd:true']);

    const conflict = kinerja(['--data', data, 'restore', file]);
    expect(conflict.status).toBe(1);
    expect(conflict.stderr).toContain('sudah ada');
    const restored = kinerja(['--data', empty, '--json', 'restore', file]);
    expect(restored.status, restored.stderr).toBe(0);
    expect(parseJson<{ pemdaSlug: string }>(restored.stdout).pemdaSlug).toBe('kabupaten-paser');
  }, LONG);

  it('explains a busy data directory', () => {
    writeFileSync(join(data, 'kinerja.lock'), String(process.pid));
    const r = kinerja(['--data', data, 'migrate']);
    rmSync(join(data, 'kinerja.lock'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`sedang dipakai oleh proses ${process.pid}`);
  }, LONG);
});
