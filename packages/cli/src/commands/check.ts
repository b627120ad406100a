import type { Command } from 'commander';
import { checkDataset, ruleSetById } from '@kinerja/domain';
import type { GlobalOptions } from '../context.ts';
import { loadDataset, type PlanOptions } from '../dataset-source.ts';
import { msg } from '../messages.ts';
import { printJson, printLine, table } from '../output.ts';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description(msg.cmdCheck)
    .argument('[FILE.json]')
    .option('--pemda <SLUG>', msg.optPemda)
    .option('--opd <SLUG>', msg.optOpd)
    .option('--year <YYYY>', msg.optYear)
    .option('--rules <ID>', msg.optRules)
    .option('--json', msg.optJson)
    .action(async (file: string | undefined, o: PlanOptions & { rules?: string; json?: boolean }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const rules = ruleSetById(o.rules);
      const dataset = await loadDataset(g, file, o, 'ext');
      const findings = checkDataset(dataset, rules);
      if (g.json || o.json) return printJson({ findings });
      if (findings.length === 0) return printLine(msg.noFindings);
      const h = msg.headers;
      printLine(
        table(
          [h.severity, h.check, h.ref, h.where, h.message],
          findings.map((f) => [f.severity, f.check, f.ref, f.where, f.message]),
        ),
      );
      printLine(msg.findingsCount(findings.length));
    });
}
