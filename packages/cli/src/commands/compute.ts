import type { Command } from 'commander';
import { computeDataset, formatIdNumber, ruleSetById } from '@kinerja/domain';
import type { GlobalOptions } from '../context.ts';
import { loadDataset, type PlanOptions } from '../dataset-source.ts';
import { msg } from '../messages.ts';
import { printJson, printLine, table } from '../output.ts';
import { readRealisasi } from '../realisasi.ts';

interface ComputeOpts extends PlanOptions {
  realisasi?: string;
  rules?: string;
  ids?: string;
  json?: boolean;
}

const cell = (v: number | string | null): string => (typeof v === 'number' ? formatIdNumber(v) : (v ?? '-'));

export function registerCompute(program: Command): void {
  program
    .command('compute')
    .description(msg.cmdCompute)
    .argument('[FILE.json]')
    .option('--pemda <SLUG>', msg.optPemda)
    .option('--opd <SLUG>', msg.optOpd)
    .option('--year <YYYY>', msg.optYear)
    .option('--realisasi <REAL.json>', msg.optRealisasi)
    .option('--rules <ID>', msg.optRules)
    .option('--ids <MODE>', msg.optIds, 'stored')
    .option('--json', msg.optJson)
    .action(async (file: string | undefined, o: ComputeOpts, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const rules = ruleSetById(o.rules);
      const realizations = o.realisasi ? readRealisasi(o.realisasi) : undefined;
      const dataset = await loadDataset(g, file, o, o.ids === 'ext' ? 'ext' : 'stored');
      const result = computeDataset(dataset, { rules, ...(realizations ? { realizations } : {}) });
      if (g.json || o.json) return printJson(result);
      const h = msg.headers;
      printLine(
        table(
          [h.indicator, h.name, h.target, h.realization, h.capaian, h.band],
          result.indicators.map((i) => [
            i.id,
            i.name,
            cell(i.annual.target),
            cell(i.annual.realization),
            cell(i.annual.capaian),
            i.annual.band ?? '-',
          ]),
        ),
      );
    });
}
