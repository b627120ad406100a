import { KinerjaError } from '@kinerja/domain';
import { readStdin } from './io.ts';
import { msg } from './messages.ts';

/** The password of `--password-stdin` (first line) or `--password`, at least 10 characters. */
export async function passwordFrom(o: { passwordStdin?: boolean; password?: string }): Promise<string> {
  const raw = o.passwordStdin ? ((await readStdin()).split(/\r?\n/)[0] ?? '') : o.password;
  if (raw === undefined || raw === '') throw new KinerjaError('invalid', msg.passwordMissing, '--password');
  if ([...raw].length < 10) throw new KinerjaError('invalid', msg.passwordShort, '--password');
  return raw;
}
