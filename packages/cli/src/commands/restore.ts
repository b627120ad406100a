import type { Command } from 'commander';
import { restorePemda } from '@kinerja/db';
import { cliActor, withDatabase, type GlobalOptions } from '../context.ts';
import { readJsonFile } from '../io.ts';
import { msg } from '../messages.ts';
import { printJson, printLine } from '../output.ts';

export function registerRestore(program: Command): void {
  program
    .command('restore')
    .description(msg.cmdRestore)
    .argument('<FILE>')
    .action(async (file: string, _o: object, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const input = readJsonFile(file);
      const r = await withDatabase(g, ({ db }) => restorePemda(db, input, { actor: cliActor() }));
      const rows = Object.values(r.counts).reduce((n, c) => n + c, 0);
      if (g.json) printJson(r);
      else printLine(msg.restored(r.pemdaSlug, rows));
    });
}
