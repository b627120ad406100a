/**
 * Evidence files on disk: `<evidence dir>/<pemda id>/<evidence id>`. The directory is
 * KINERJA_EVIDENCE_DIR, else `<KINERJA_DATA_DIR or ./data>/evidence`.
 */
import { createReadStream } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';

export function evidenceDir(env: Record<string, string | undefined> = process.env): string {
  if (env.KINERJA_EVIDENCE_DIR) return resolve(env.KINERJA_EVIDENCE_DIR);
  return resolve(env.KINERJA_DATA_DIR || './data', 'evidence');
}

const UUID = /^[0-9a-f-]{36}$/i;

/** The relative storage path of an evidence file (both parts are uuids: no traversal possible). */
export function storagePathOf(pemdaId: string, evidenceId: string): string {
  if (!UUID.test(pemdaId) || !UUID.test(evidenceId)) throw new Error('invalid evidence path');
  return `${pemdaId}/${evidenceId}`;
}

export async function writeEvidence(dir: string, path: string, bytes: Uint8Array): Promise<void> {
  const full = join(dir, path);
  await mkdir(join(full, '..'), { recursive: true });
  await writeFile(full, bytes, { flag: 'wx' });
}

export async function removeEvidence(dir: string, path: string): Promise<void> {
  await rm(join(dir, path), { force: true });
}

/** A web stream of the stored file, or null when the file is gone. */
export async function readEvidence(dir: string, path: string): Promise<ReadableStream<Uint8Array> | null> {
  const full = join(dir, path);
  try {
    await stat(full);
  } catch {
    return null;
  }
  return Readable.toWeb(createReadStream(full)) as ReadableStream<Uint8Array>;
}
