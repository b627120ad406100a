/** Generated documents: `<reports dir>/<pemda id>/<job id>`, kept by storage/file-store.ts. */
import { storageDirs } from '../../config.ts';

/** KINERJA_REPORTS_DIR, else `<KINERJA_DATA_DIR or ./data>/reports` (config.ts). */
export const reportsDir = (env: Record<string, string | undefined> = process.env): string => storageDirs(env).reports;
