import { KinerjaError, type Dataset } from '@kinerja/domain';
import { msg } from '../messages.ts';
import { jsonPath } from './json-path.ts';
import { checkReferences, type PathError } from './references.ts';
import { datasetSchema, errorMapId } from './schema.ts';

export const MAX_ERRORS = 50;

function fail(errors: PathError[]): never {
  const shown = errors.slice(0, MAX_ERRORS);
  const first = shown[0];
  const more = errors.length > MAX_ERRORS ? `; ${msg.tooManyErrors(MAX_ERRORS)}` : '';
  const summary = first ? `${msg.invalidDataset(errors.length)}; pertama: ${first.path}: ${first.message}${more}` : '';
  throw new KinerjaError('invalid', summary, first?.path, { errors: shown });
}

/**
 * Validates a parsed JSON value as kinerja-dataset/1; throws one KinerjaError('invalid') whose
 * `details.errors` lists up to 50 `{ path, message }` (e.g. `indicators[12].targets["2025-13"]`:
 * `periode tidak dikenal`).
 */
export function validateDataset(input: unknown): Dataset {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) fail([{ path: '$', message: msg.notObject }]);
  const parsed = datasetSchema.safeParse(input, { errorMap: errorMapId });
  if (!parsed.success) {
    fail(parsed.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })));
  }
  // the input itself, not zod's copy: zod reorders keys, and the file's order is kept on export
  const dataset = input as Dataset;
  const errors = checkReferences(dataset);
  if (errors.length > 0) fail(errors);
  return dataset;
}
