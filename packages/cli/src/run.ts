import { CommanderError } from 'commander';
import { reportError } from './errors.ts';
import { buildProgram } from './program.ts';

/** Runs the command line; resolves to the exit code (0 ok, 1 error). */
export async function run(argv: string[]): Promise<number> {
  const program = buildProgram().exitOverride();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 1;
    reportError(e, argv.includes('--json'));
    return 1;
  }
}
