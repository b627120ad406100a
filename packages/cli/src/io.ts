import { readFileSync } from 'node:fs';
import { KinerjaError } from '@kinerja/domain';
import { msg } from './messages.ts';

export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new KinerjaError('invalid', msg.readFailed(file, (e as Error).message), file);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new KinerjaError('invalid', msg.badJson(file, (e as Error).message), file);
  }
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}
