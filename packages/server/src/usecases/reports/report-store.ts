/**
 * Generated documents on disk: `<reports dir>/<pemda id>/<job id>`. The directory is
 * KINERJA_REPORTS_DIR, else `<KINERJA_DATA_DIR or ./data>/reports`. A file is written under a
 * temporary name and renamed, so a failed job never leaves a partial file behind.
 */
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';

export function reportsDir(env: Record<string, string | undefined> = process.env): string {
  if (env.KINERJA_REPORTS_DIR) return resolve(env.KINERJA_REPORTS_DIR);
  return resolve(env.KINERJA_DATA_DIR || './data', 'reports');
}

const UUID = /^[0-9a-f-]{36}$/i;

/** The relative storage path of a report file (both parts are uuids: no traversal possible). */
export function reportPathOf(pemdaId: string, jobId: string): string {
  if (!UUID.test(pemdaId) || !UUID.test(jobId)) throw new Error('invalid report path');
  return `${pemdaId}/${jobId}`;
}

export async function writeReportFile(dir: string, path: string, bytes: Uint8Array): Promise<void> {
  const full = join(dir, path);
  const partial = `${full}.partial`;
  await mkdir(join(full, '..'), { recursive: true });
  try {
    await writeFile(partial, bytes);
    await rename(partial, full);
  } catch (e) {
    await rm(partial, { force: true });
    throw e;
  }
}

export async function removeReportFile(dir: string, path: string): Promise<void> {
  await rm(join(dir, path), { force: true });
  await rm(join(dir, `${path}.partial`), { force: true });
}

/** A web stream of the stored file, or null when the file is gone. */
export async function readReportFile(dir: string, path: string): Promise<ReadableStream<Uint8Array> | null> {
  const full = join(dir, path);
  try {
    await stat(full);
  } catch {
    return null;
  }
  return Readable.toWeb(createReadStream(full)) as ReadableStream<Uint8Array>;
}
