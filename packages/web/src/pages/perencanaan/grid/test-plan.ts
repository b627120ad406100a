/** Test helper: a demo dataset (copies of the shared fixtures) as the workspace gives it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '@kinerja/domain';

export function demoDataset(pemda: string, file: string): Dataset {
  const path = fileURLToPath(new URL(`../../../../../../demo/${pemda}/${file}`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as Dataset;
}
