import type { Command } from 'commander';
import { importDataset } from '@kinerja/db';
import { cliActor, withDatabase, type GlobalOptions } from '../context.ts';
import { readJsonFile } from '../io.ts';
import { msg } from '../messages.ts';
import { printJson, printLine } from '../output.ts';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description(msg.cmdImport)
    .argument('<FILE.json>')
    .option('--replace', msg.optReplace)
    .action(async (file: string, o: { replace?: boolean }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const input = readJsonFile(file);
      const r = await withDatabase(g, ({ db }) => importDataset(db, input, { actor: cliActor(), replace: !!o.replace }));
      if (g.json) printJson(r);
      else printLine(msg.imported(r.pemdaSlug, r.opdSlug, r.year, { ...r.counts }));
    });
}
