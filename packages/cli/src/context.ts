/** What every command shares: the global options, the database, the actor of audit rows. */
import { userInfo } from 'node:os';
import { openDefaultDatabase, type Actor, type Database } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import { msg } from './messages.ts';

export interface GlobalOptions {
  data?: string;
  json?: boolean;
}

/** Opens the default database (`--data` beats DATABASE_URL), runs `fn`, always closes it. */
export async function withDatabase<T>(g: GlobalOptions, fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDefaultDatabase(g.data ? { dataDir: g.data, url: '' } : {});
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? process.env.USERNAME ?? 'unknown';
  }
}

/** `cli:<os user>`: the actor of every audit row the command writes. */
export const cliActor = (): Actor => ({ id: null, name: `cli:${osUser()}` });

export function parseYear(text: string): number {
  if (!/^\d{4}$/.test(text)) throw new KinerjaError('invalid', msg.badYear, '--year');
  return Number(text);
}
