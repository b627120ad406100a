/** How the command reports a failure: one line on stderr, the problem as JSON with --json, exit 1. */
import { isKinerjaError } from '@kinerja/domain';
import { msg } from './messages.ts';

export interface Problem {
  code: string;
  where: string | null;
  message: string;
  details?: unknown;
}

export function toProblem(e: unknown): Problem {
  if (isKinerjaError(e)) {
    const message = e.where && e.message.startsWith(`${e.where}: `) ? e.message.slice(e.where.length + 2) : e.message;
    return { code: e.code, where: e.where ?? null, message, ...(e.details !== undefined ? { details: e.details } : {}) };
  }
  return { code: 'internal', where: null, message: e instanceof Error ? e.message : String(e) };
}

export function reportError(e: unknown, json: boolean): void {
  const p = toProblem(e);
  process.stderr.write(`${msg.errorPrefix}: ${p.where ? `${p.where}: ` : ''}${p.message}\n`);
  if (p.code === 'busy') process.stderr.write(`${msg.busyHint}\n`);
  const list = (p.details as { errors?: { path: string; message: string }[] } | undefined)?.errors;
  if (!json && Array.isArray(list) && list.length > 1) {
    for (const x of list) process.stderr.write(`  ${x.path}: ${x.message}\n`);
  }
  if (json) process.stdout.write(`${JSON.stringify({ error: p }, null, 2)}\n`);
}
