/** One file store for evidence and documents, with its directories from config.ts. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storageDirs } from '../src/config.ts';
import { readStoredFile, removeStoredFile, storedPathOf, writeStoredFile } from '../src/storage/file-store.ts';

const PEMDA = '0b6f6a52-5b1f-4c57-9d37-6a0e9d3f1a01';
const FILE = '5f0c2d4e-7a8b-4c3d-9e1f-2a3b4c5d6e7f';

describe('storage directories (config.ts)', () => {
  it.each([
    [{}, resolve('data/evidence'), resolve('data/reports')],
    [{ KINERJA_DATA_DIR: '/srv/kinerja' }, '/srv/kinerja/evidence', '/srv/kinerja/reports'],
    [{ KINERJA_DATA_DIR: '/srv/kinerja', KINERJA_EVIDENCE_DIR: '/mnt/bukti' }, '/mnt/bukti', '/srv/kinerja/reports'],
    [{ KINERJA_REPORTS_DIR: '/mnt/dokumen', KINERJA_EVIDENCE_DIR: '' }, resolve('data/evidence'), '/mnt/dokumen'],
  ])('%j → evidence %s, reports %s', (env, evidence, reports) => {
    expect(storageDirs(env)).toEqual({ evidence, reports });
  });
});

describe('file store', () => {
  it('refuses a path that is not two uuids', () => {
    expect(storedPathOf(PEMDA, FILE)).toBe(`${PEMDA}/${FILE}`);
    expect(() => storedPathOf(PEMDA, '../../etc/passwd')).toThrow();
    expect(() => storedPathOf('..', FILE)).toThrow();
  });

  it('writes, reads back, replaces, removes; no temporary file stays behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kinerja-store-'));
    const path = storedPathOf(PEMDA, FILE);
    await writeStoredFile(dir, path, Buffer.from('LKjIP 2024'));
    await writeStoredFile(dir, path, Buffer.from('LKjIP 2024 (2)'));
    expect(readFileSync(join(dir, path), 'utf8')).toBe('LKjIP 2024 (2)');
    const stream = await readStoredFile(dir, path);
    expect(await new Response(stream).text()).toBe('LKjIP 2024 (2)');
    expect(readdirSync(join(dir, PEMDA))).toEqual([FILE]);
    await removeStoredFile(dir, path);
    expect(await readStoredFile(dir, path)).toBeNull();
  });

  it('an exclusive write never replaces a stored file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kinerja-store-'));
    const path = storedPathOf(PEMDA, FILE);
    await writeStoredFile(dir, path, Buffer.from('bukti 1'), { exclusive: true });
    await expect(writeStoredFile(dir, path, Buffer.from('bukti 2'), { exclusive: true })).rejects.toThrow();
    expect(readFileSync(join(dir, path), 'utf8')).toBe('bukti 1');
    expect(readdirSync(join(dir, PEMDA))).toEqual([FILE]);
  });
});
