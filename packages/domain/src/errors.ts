/**
 * The one typed error of kinerja: a stable code, an Indonesian message for people, and where the
 * problem is (a JSON path, `baris 3, kolom Target`, a field name). The API turns it into problem
 * details; the CLI prints it; the web shows it beside the field.
 */
export type ErrorCode =
  | 'invalid'
  | 'not_found'
  | 'forbidden'
  | 'unauthenticated'
  | 'conflict'
  | 'locked'
  | 'too_many_requests'
  | 'busy';

export class KinerjaError extends Error {
  readonly code: ErrorCode;
  readonly where: string | undefined;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, where?: string, details?: unknown) {
    super(where ? `${where}: ${message}` : message);
    this.name = 'KinerjaError';
    this.code = code;
    this.where = where;
    this.details = details;
  }
}

export const isKinerjaError = (e: unknown): e is KinerjaError => e instanceof KinerjaError;
