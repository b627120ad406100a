/** What a caller asks for: `{ kind, year, format, period?, unit? }`, validated. */
import { PERIOD_RE } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import { z } from 'zod/v4';
import { parse } from '../../http/problem.ts';
import { REPORT_FORMATS, REPORT_KINDS } from './report-kinds.ts';
import { reportMessages as m } from './messages.ts';

export const reportRequestInput = z
  .object({
    kind: z.enum(REPORT_KINDS, { error: m.kindBad }),
    year: z.coerce.number().int().min(1990).max(2100),
    format: z.enum(REPORT_FORMATS, { error: m.formatBad }),
    period: z.string().trim().regex(PERIOD_RE, m.periodBad).optional(),
    unit: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

export type ReportRequest = z.output<typeof reportRequestInput>;

export function parseReportRequest(input: unknown): ReportRequest {
  const request = parse(reportRequestInput, input);
  if (request.period !== undefined && !request.period.startsWith(String(request.year))) {
    throw new KinerjaError('invalid', m.periodYear(request.year), 'period');
  }
  if (request.kind === 'evaluasi-triwulan' && request.period === undefined) {
    throw new KinerjaError('invalid', m.periodNeeded, 'period');
  }
  return request;
}
