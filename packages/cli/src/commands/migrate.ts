import type { Command } from 'commander';
import { withDatabase, type GlobalOptions } from '../context.ts';
import { msg } from '../messages.ts';
import { printJson, printLine } from '../output.ts';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description(msg.cmdMigrate)
    .action(async (_o: object, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      // openDefaultDatabase migrates on open
      const where = await withDatabase(g, async (d) => ({ kind: d.kind, location: d.location }));
      if (g.json) printJson({ ok: true, ...where });
      else printLine(msg.migrated(`${where.kind} ${where.location}`));
    });
}
