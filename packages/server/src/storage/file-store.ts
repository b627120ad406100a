/**
 * The one place files are kept on disk: `<dir>/<pemda id>/<file id>` (evidence uploads, generated
 * documents). The directories come from config.ts. A file is written under a temporary name and
 * then moved into place, so a failure never leaves a partial file behind; `exclusive` refuses to
 * replace an existing file.
 */
import { createReadStream } from 'node:fs';
import { link, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';

const UUID = /^[0-9a-f-]{36}$/i;

/** The relative path of a stored file (both parts are uuids: no traversal possible). */
export function storedPathOf(pemdaId: string, fileId: string): string {
  if (!UUID.test(pemdaId) || !UUID.test(fileId)) throw new Error('invalid storage path');
  return `${pemdaId}/${fileId}`;
}

export async function writeStoredFile(dir: string, path: string, bytes: Uint8Array, options: { exclusive?: boolean } = {}): Promise<void> {
  const full = join(dir, path);
  const partial = `${full}.${randomUUID()}.partial`;
  await mkdir(dirname(full), { recursive: true });
  try {
    await writeFile(partial, bytes, { flag: 'wx' });
    // link fails when the target exists; rename replaces it
    if (options.exclusive) await link(partial, full);
    else await rename(partial, full);
  } finally {
    await rm(partial, { force: true });
  }
}

export async function removeStoredFile(dir: string, path: string): Promise<void> {
  await rm(join(dir, path), { force: true });
}

/** A web stream of the stored file, or null when the file is gone. */
export async function readStoredFile(dir: string, path: string): Promise<ReadableStream<Uint8Array> | null> {
  const full = join(dir, path);
  try {
    await stat(full);
  } catch {
    return null;
  }
  return Readable.toWeb(createReadStream(full)) as ReadableStream<Uint8Array>;
}
