/** Test helper: the demo datasets as PlanViews (through the dev mock's converter). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PlanView } from '../api/types.ts';
import { datasetToPlanView } from '../../mock/plan-view.ts';

export function demoPlan(pemda: string, file: string, opd = 'bkpsdm'): PlanView {
  const path = fileURLToPath(new URL(`../../../../demo/${pemda}/${file}`, import.meta.url));
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  return datasetToPlanView(data, { slug: pemda, name: pemda }, opd);
}
