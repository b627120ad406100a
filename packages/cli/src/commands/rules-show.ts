/** `kinerja rules show --pemda P --year Y`: the effective rule set of the year. */
import type { Command } from 'commander';
import { getPemda } from '@kinerja/db';
import { parseYear, withDatabase, type GlobalOptions } from '../context.ts';
import { msg } from '../messages.ts';
import { printJson } from '../output.ts';
import { rulesMsg as m } from './rules-messages.ts';
import { printYearRuleSet } from './rules-print.ts';

export function registerRulesShow(rules: Command): void {
  rules
    .command('show')
    .description(m.cmdShow)
    .requiredOption('--pemda <SLUG>', msg.optPemda)
    .requiredOption('--year <YYYY>', msg.optYear)
    .option('--json', msg.optJson)
    .action(async (o: { pemda: string; year: string; json?: boolean }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const year = parseYear(o.year);
      const { yearRuleSet } = await import('@kinerja/server');
      const r = await withDatabase(g, async ({ db }) => yearRuleSet(db, (await getPemda(db, o.pemda)).id, year));
      if (g.json || o.json) return printJson({ pemda: o.pemda, ...r });
      printYearRuleSet(o.pemda, r);
    });
}
