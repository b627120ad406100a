import type { Context } from 'hono';
import { KinerjaError } from '@kinerja/domain';
import { messages } from '../messages.ts';

/** The request body as JSON, or 400. */
export async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new KinerjaError('invalid', messages.invalidBody);
  }
}
