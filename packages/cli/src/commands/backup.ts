import type { Command } from 'commander';
import { backupPemda } from '@kinerja/db';
import { withDatabase, type GlobalOptions } from '../context.ts';
import { msg } from '../messages.ts';
import { printJson, writeJsonFile } from '../output.ts';

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description(msg.cmdBackup)
    .requiredOption('--pemda <SLUG>', msg.optPemda)
    .requiredOption('--out <FILE>', msg.optOut)
    .action(async (o: { pemda: string; out: string }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const backup = await withDatabase(g, ({ db }) => backupPemda(db, o.pemda));
      writeJsonFile(backup, o.out);
      const rows = Object.values(backup.rows).reduce((n, r) => n + r.length, 0);
      if (g.json) printJson({ ok: true, pemda: o.pemda, out: o.out, rows });
      else process.stderr.write(`${msg.backedUp(o.pemda, o.out, rows)}\n`);
    });
}
