/**
 * An exclusive lock file for a PGlite data directory: PGlite serves one process, so the CLI and the
 * server must never open the same directory at once. The file holds the owner's pid; a lock left by
 * a dead process is taken over.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { KinerjaError } from '@kinerja/domain';
import { msg } from './messages.ts';

export const LOCK_FILE = 'kinerja.lock';

export interface DirLock {
  path: string;
  release(): void;
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(path: string): number {
  try {
    return Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
  } catch {
    return Number.NaN;
  }
}

/** Takes `<dir>/kinerja.lock` or throws KinerjaError('busy'). */
export function acquireDirLock(dir: string): DirLock {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      let released = false;
      const release = (): void => {
        if (released) return;
        released = true;
        process.off('exit', release);
        if (readPid(path) === process.pid) {
          try {
            unlinkSync(path);
          } catch {
            /* already gone */
          }
        }
      };
      process.on('exit', release);
      return { path, release };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = readPid(path);
      if (isAlive(pid)) throw new KinerjaError('busy', msg.busy(dir, pid), dir, { pid });
      // stale (dead owner or unreadable): take it over
      try {
        unlinkSync(path);
      } catch {
        /* another process took it over first; retry */
      }
    }
  }
  throw new KinerjaError('busy', msg.busy(dir, readPid(path)), dir);
}
