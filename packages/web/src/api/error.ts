import { id } from '../i18n/id.ts';
import type { ProblemDetails } from './types.ts';

export type ApiErrorCode =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'locked'
  | 'too_many_requests'
  | 'busy'
  | 'network'
  | 'unexpected';

const codeOfStatus = (status: number): ApiErrorCode =>
  status === 400 || status === 422
    ? 'invalid'
    : status === 401
      ? 'unauthenticated'
      : status === 403
        ? 'forbidden'
        : status === 404
          ? 'not_found'
          : status === 409
            ? 'conflict'
            : status === 423
              ? 'locked'
              : status === 429
                ? 'too_many_requests'
                : status === 503
                  ? 'busy'
                  : 'unexpected';

const KNOWN: ReadonlySet<string> = new Set(['invalid', 'unauthenticated', 'forbidden', 'not_found', 'conflict', 'locked', 'too_many_requests', 'busy']);

/**
 * A failed API call: `title` is the server's Indonesian message, `where` the field or path it
 * concerns (shown beside that field), `code` the stable code of the contract.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly title: string;
  readonly where: string | undefined;

  constructor(status: number, code: ApiErrorCode, title: string, where?: string) {
    super(where ? `${where}: ${title}` : title);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.title = title;
    this.where = where;
  }

  static fromProblem(status: number, body: unknown): ApiError {
    const p = isProblem(body) ? body : null;
    const code = p?.code && KNOWN.has(p.code) ? (p.code as ApiErrorCode) : codeOfStatus(status);
    const title = p?.title || (status === 404 ? id.errors.notFoundTitle : id.errors.unexpected);
    return new ApiError(status, code, title, p?.where || undefined);
  }

  static network(): ApiError {
    return new ApiError(0, 'network', id.errors.network);
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

function isProblem(body: unknown): body is ProblemDetails {
  return typeof body === 'object' && body !== null && typeof (body as { title?: unknown }).title === 'string';
}

/** The message to show for any thrown value. */
export const messageOf = (e: unknown): string => (isApiError(e) ? e.title : id.errors.unexpected);
