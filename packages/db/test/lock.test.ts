import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isKinerjaError } from '@kinerja/domain';
import { acquireDirLock, LOCK_FILE, openDefaultDatabase } from '../src/index.ts';

const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'kinerja-lock-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the data directory lock', () => {
  it('lets one opener in and tells the second that the directory is busy', async () => {
    const dir = tempDir();
    const first = await openDefaultDatabase({ dataDir: dir, url: '' });
    expect(first.kind).toBe('pglite');
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid));
    const second = await openDefaultDatabase({ dataDir: dir, url: '' }).catch((e: unknown) => e);
    expect(isKinerjaError(second) && second.code).toBe('busy');
    expect(String((second as Error).message)).toContain(`sedang dipakai oleh proses ${process.pid}`);
    await first.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const third = await openDefaultDatabase({ dataDir: dir, url: '' });
    await third.close();
  });

  const stale: [string, string][] = [
    ['a dead pid', '999999999'],
    ['garbage', 'not a pid'],
  ];
  it.each(stale)('takes over a lock left by %s', (_label, content) => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE), content);
    const lock = acquireDirLock(dir);
    expect(readFileSync(lock.path, 'utf8').trim()).toBe(String(process.pid));
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
  });

  it('keeps a lock held by a live process', () => {
    const dir = tempDir();
    writeFileSync(join(dir, LOCK_FILE), String(process.ppid));
    expect(() => acquireDirLock(dir)).toThrow(/sedang dipakai/);
  });
});
