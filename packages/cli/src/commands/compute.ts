/**
 * `kinerja compute FILE.json` or `--pemda --opd --year`: the figures of a plan. A stored plan counts
 * its final realisations only (verified/approved), as the server's plan view, dashboards and
 * documents do; the realisations left out are counted (`pending`, and a line under the table).
 */
import type { Command } from 'commander';
import { getPemda, type IdMode } from '@kinerja/db';
import { computeDataset, formatIdNumber, ruleSetById, type Dataset } from '@kinerja/domain';
import { parseYear, withDatabase, type GlobalOptions } from '../context.ts';
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

/** A file as given; a stored plan with its final realisations only, and how many were left out. */
async function computeSource(g: GlobalOptions, file: string | undefined, o: ComputeOpts, ids: IdMode): Promise<{ dataset: Dataset; pending: number | null; note: string | null }> {
  const { pemda, opd, year } = o;
  if (file || !pemda || !opd || !year) return { dataset: await loadDataset(g, file, o, ids), pending: null, note: null };
  // loaded here: the other commands do not need the server's modules
  const { exportFinalDataset, figureMessages } = await import('@kinerja/server');
  return withDatabase(g, async ({ db }) => {
    const p = await getPemda(db, pemda);
    const found = await exportFinalDataset(db, { pemdaId: p.id, opdSlug: opd, year: parseYear(year) }, { ids });
    const pending = found.pending.length;
    return { dataset: found.dataset, pending, note: pending > 0 ? figureMessages.pendingLeftOut(pending) : null };
  });
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
      const { dataset, pending, note } = await computeSource(g, file, o, o.ids === 'ext' ? 'ext' : 'stored');
      const result = computeDataset(dataset, { rules, ...(realizations ? { realizations } : {}) });
      if (g.json || o.json) return printJson(pending === null ? result : { ...result, pending });
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
      if (note) printLine(note);
    });
}
