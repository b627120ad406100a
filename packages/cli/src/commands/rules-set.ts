/** `kinerja rules set --pemda P --year Y --preset KEY | --file params.json`: audited as the CLI actor. */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { getPemda } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import { cliActor, parseYear, withDatabase, type GlobalOptions } from '../context.ts';
import { msg } from '../messages.ts';
import { printJson, printLine } from '../output.ts';
import { rulesMsg as m } from './rules-messages.ts';
import { printYearRuleSet } from './rules-print.ts';

interface SetOpts {
  pemda: string;
  year: string;
  preset?: string;
  file?: string;
  key?: string;
  base?: string;
  reason?: string;
  json?: boolean;
}

function readParams(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new KinerjaError('invalid', m.fileNotJson(file), '--file');
  }
}

export function registerRulesSet(rules: Command): void {
  rules
    .command('set')
    .description(m.cmdSet)
    .requiredOption('--pemda <SLUG>', msg.optPemda)
    .requiredOption('--year <YYYY>', msg.optYear)
    .option('--preset <KEY>', m.optPreset)
    .option('--file <FILE>', m.optFile)
    .option('--key <NAME>', m.optKey)
    .option('--base <PRESET>', m.optBase)
    .option('--reason <TEXT>', m.optReason)
    .option('--json', msg.optJson)
    .action(async (o: SetOpts, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const year = parseYear(o.year);
      if ((o.preset === undefined) === (o.file === undefined)) throw new KinerjaError('invalid', m.presetOrFile, '--preset');
      const { assignRuleSet, readAssignInput } = await import('@kinerja/server');
      const input = readAssignInput(
        o.preset !== undefined
          ? { preset: o.preset, reason: o.reason }
          : { params: readParams(o.file ?? ''), key: o.key, base: o.base, reason: o.reason },
      );
      const r = await withDatabase(g, async ({ db }) => assignRuleSet(db, (await getPemda(db, o.pemda)).id, year, input, cliActor()));
      if (g.json || o.json) return printJson({ pemda: o.pemda, ...r });
      printLine(m.set(r.year, r.key, r.version));
      printYearRuleSet(o.pemda, r);
    });
}
