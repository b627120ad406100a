/** `kinerja rules list [--pemda P]`: the built-in presets; with --pemda also its custom sets and years. */
import type { Command } from 'commander';
import { getPemda } from '@kinerja/db';
import { RULE_PRESETS } from '@kinerja/domain';
import { withDatabase, type GlobalOptions } from '../context.ts';
import { msg } from '../messages.ts';
import { printJson, printLine, table } from '../output.ts';
import { rulesMsg as m } from './rules-messages.ts';

export function registerRulesList(rules: Command): void {
  rules
    .command('list')
    .description(m.cmdList)
    .option('--pemda <SLUG>', msg.optPemda)
    .option('--json', msg.optJson)
    .action(async (o: { pemda?: string; json?: boolean }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const { ruleSetCatalog } = await import('@kinerja/server');
      const catalog = o.pemda
        ? await withDatabase(g, async ({ db }) => ruleSetCatalog(db, (await getPemda(db, o.pemda ?? '')).id))
        : { presets: Object.values(RULE_PRESETS).map((p) => ({ key: p.id, version: p.version })), custom: [], years: [] };
      if (g.json || o.json) return printJson(catalog);
      const h = m.headers;
      const sets = [
        ...catalog.presets.map((p) => [p.key, String(p.version), m.preset, '-']),
        ...catalog.custom.map((c) => [c.key, String(c.version), m.custom, c.createdAt]),
      ];
      printLine(table([h.name, h.version, h.kind, h.created], sets));
      if (catalog.years.length > 0) printLine(`\n${table([h.year, h.name, h.version], catalog.years.map((y) => [String(y.year), y.key, String(y.version)]))}`);
    });
}
