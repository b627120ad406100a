/** Turns errors into problem details (docs/api-contract.md). */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { KinerjaError, isKinerjaError, type ErrorCode } from '@kinerja/domain';
import { z } from 'zod/v4';
import { messages } from '../messages.ts';

export const statusOf: Record<ErrorCode, ContentfulStatusCode> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  locked: 423,
  too_many_requests: 429,
  busy: 503,
};

export interface Problem {
  type: 'about:blank';
  title: string;
  status: number;
  code: ErrorCode | 'internal';
  where?: string;
}

/** KinerjaError prefixes its message with `where: `; the problem keeps them apart. */
function titleOf(e: KinerjaError): string {
  const prefix = e.where ? `${e.where}: ` : '';
  return prefix && e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
}

export function problemOf(e: KinerjaError): Problem {
  return { type: 'about:blank', title: titleOf(e), status: statusOf[e.code], code: e.code, ...(e.where ? { where: e.where } : {}) };
}

/** The first zod issue as a KinerjaError: `where` is the field path (`roles.0.unit`). */
export function fromZod(error: z.ZodError, prefix?: string): KinerjaError {
  const issue = error.issues[0];
  const path = [...(prefix ? [prefix] : []), ...(issue?.path ?? []).map(String)].join('.');
  return new KinerjaError('invalid', issue?.message ?? messages.invalidField, path || undefined);
}

/** Indonesian messages for zod's issues (a message set on a schema takes precedence). */
function zodMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Wajib diisi.' : `Jenis nilai salah (seharusnya ${issue.expected}).`;
    case 'too_small':
      return issue.origin === 'string' ? `Minimal ${String(issue.minimum)} karakter.` : `Minimal ${String(issue.minimum)}.`;
    case 'too_big':
      return issue.origin === 'string' ? `Maksimal ${String(issue.maximum)} karakter.` : `Maksimal ${String(issue.maximum)}.`;
    case 'invalid_value':
      return `Nilai harus salah satu dari: ${issue.values.map(String).join(', ')}.`;
    case 'invalid_format':
      return 'Format tidak sah.';
    case 'unrecognized_keys':
      return `Kolom tidak dikenal: ${issue.keys.join(', ')}.`;
    default:
      return messages.invalidField;
  }
}

/** Parses input with a zod schema, throwing a 400 KinerjaError on failure. */
export function parse<T extends z.ZodType>(schema: T, input: unknown, prefix?: string): z.output<T> {
  const r = schema.safeParse(input, { error: zodMessage });
  if (!r.success) throw fromZod(r.error, prefix);
  return r.data;
}

export function onError(err: Error, c: Context): Response {
  if (isKinerjaError(err)) return c.json(problemOf(err), statusOf[err.code]);
  if (err instanceof z.ZodError) return c.json(problemOf(fromZod(err)), 400);
  console.error('kinerja: kesalahan tak terduga', err);
  const body: Problem = { type: 'about:blank', title: messages.internal, status: 500, code: 'internal' };
  return c.json(body, 500);
}

export const notFoundApi = (c: Context): Response =>
  c.json({ type: 'about:blank', title: messages.routeNotFound, status: 404, code: 'not_found' } satisfies Problem, 404);
