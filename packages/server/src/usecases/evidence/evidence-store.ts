/** Evidence files: `<evidence dir>/<pemda id>/<evidence id>`, kept by storage/file-store.ts. */
import { storageDirs } from '../../config.ts';
import { readStoredFile, removeStoredFile, storedPathOf, writeStoredFile } from '../../storage/file-store.ts';

/** KINERJA_EVIDENCE_DIR, else `<KINERJA_DATA_DIR or ./data>/evidence` (config.ts). */
export const evidenceDir = (env: Record<string, string | undefined> = process.env): string => storageDirs(env).evidence;

export const storagePathOf = storedPathOf;

/** Never replaces a stored file (each upload has its own id). */
export const writeEvidence = (dir: string, path: string, bytes: Uint8Array): Promise<void> => writeStoredFile(dir, path, bytes, { exclusive: true });

export const removeEvidence = removeStoredFile;

export const readEvidence = readStoredFile;
