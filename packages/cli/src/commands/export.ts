import type { Command } from 'commander';
import { exportDataset, getPemda } from '@kinerja/db';
import { parseYear, withDatabase, type GlobalOptions } from '../context.ts';
import { msg } from '../messages.ts';
import { writeJsonOut } from '../output.ts';

interface ExportOpts {
  pemda: string;
  opd: string;
  year: string;
  out?: string;
  ids?: 'ext' | 'stored';
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description(msg.cmdExport)
    .requiredOption('--pemda <SLUG>', msg.optPemda)
    .requiredOption('--opd <SLUG>', msg.optOpd)
    .requiredOption('--year <YYYY>', msg.optYear)
    .option('--out <FILE>', msg.optOut)
    .option('--ids <MODE>', msg.optIds, 'ext')
    .action(async (o: ExportOpts, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const year = parseYear(o.year);
      const dataset = await withDatabase(g, async ({ db }) => {
        const p = await getPemda(db, o.pemda);
        return exportDataset(db, { pemdaId: p.id, opdSlug: o.opd, year }, { ids: o.ids === 'stored' ? 'stored' : 'ext' });
      });
      writeJsonOut(dataset, o.out);
    });
}
