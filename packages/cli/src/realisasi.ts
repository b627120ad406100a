/** `kinerja-realisasi/1`: extra realisations for `compute --realisasi`. */
import { z } from 'zod';
import { PERIOD_RE } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import { readJsonFile } from './io.ts';
import { msg } from './messages.ts';

const realisasiSchema = z.object({
  format: z.literal('kinerja-realisasi/1'),
  realizations: z.record(z.string().min(1), z.record(z.string().regex(PERIOD_RE), z.number())),
});

export type Realizations = Record<string, Record<string, number>>;

export function readRealisasi(file: string): Realizations {
  const parsed = realisasiSchema.safeParse(readJsonFile(file));
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    throw new KinerjaError('invalid', msg.realisasiBad, where ? `${file}: ${where}` : file);
  }
  return parsed.data.realizations;
}
