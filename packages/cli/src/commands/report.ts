/**
 * `kinerja report KIND --pemda P --opd O --year Y --format docx|xlsx|pdf --out FILE`: the same
 * generation as the server's job (produceReport of @kinerja/server), written to a file, with the
 * findings (where the data disagree) summarised, or in full with --json. The document is also
 * recorded as a finished job (recordReport: file in the reports directory, job row, audit row), so
 * the Pelaporan page lists it beside the ones made in the web app.
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { getPemda } from '@kinerja/db';
import type { CheckFinding } from '@kinerja/domain';
import { cliActor, withDatabase, type GlobalOptions } from '../context.ts';
import { msg } from '../messages.ts';
import { printJson, printLine, table } from '../output.ts';

interface ReportOpts {
  pemda: string;
  opd: string;
  year: string;
  format: string;
  out: string;
  period?: string;
  unit?: string;
  json?: boolean;
}

const SEVERITIES = ['error', 'warning', 'info'] as const;
/** Warnings and errors printed as a table; the rest is counted (all of them with --json). */
const MAX_ROWS = 20;

function summary(findings: CheckFinding[]): string {
  if (findings.length === 0) return msg.noFindings;
  const counts = SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  return `${msg.findingsCount(findings.length)} (${counts.map(([s, n]) => `${n} ${s}`).join(', ')})`;
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description(msg.cmdReport)
    .argument('<KIND>', msg.argReportKind)
    .requiredOption('--pemda <SLUG>', msg.optPemda)
    .requiredOption('--opd <SLUG>', msg.optOpd)
    .requiredOption('--year <YYYY>', msg.optYear)
    .requiredOption('--format <FORMAT>', msg.optReportFormat)
    .requiredOption('--out <FILE>', msg.optReportOut)
    .option('--period <PERIOD>', msg.optReportPeriod)
    .option('--unit <NAME>', msg.optReportUnit)
    .option('--json', msg.optJson)
    .action(async (kind: string, o: ReportOpts, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      // loaded here: the other commands do not need the server's modules
      const { parseReportRequest, recordReport, reportsDir, PENDING_CODE } = await import('@kinerja/server');
      const request = parseReportRequest({ kind, year: o.year, format: o.format, period: o.period, unit: o.unit });
      // the server's reports directory: KINERJA_REPORTS_DIR, else <--data or KINERJA_DATA_DIR>/reports
      const dir = reportsDir(g.data ? { ...process.env, KINERJA_DATA_DIR: g.data } : process.env);
      const { job, produced } = await withDatabase(g, async ({ db }) => {
        const pemda = await getPemda(db, o.pemda);
        return recordReport(db, { pemdaId: pemda.id, opdSlug: o.opd }, request, { actor: cliActor(), dir, now: () => new Date() });
      });
      writeFileSync(o.out, produced.buffer);
      const result = {
        file: o.out,
        kind: request.kind,
        format: request.format,
        year: request.year,
        ...(request.period ? { period: request.period } : {}),
        title: produced.title,
        size: produced.buffer.length,
        dataVersion: produced.dataVersion,
        findingsCount: produced.findings.length,
        job: job.id,
      };
      if (g.json || o.json) return printJson({ ...result, findings: produced.findings });
      printLine(msg.reportWritten(produced.title, o.out, produced.buffer.length, produced.dataVersion));
      const serious = produced.findings.filter((f) => f.severity !== 'info');
      const shown = serious.slice(0, MAX_ROWS);
      if (shown.length > 0) {
        const h = msg.headers;
        printLine(table([h.severity, h.check, h.where, h.message], shown.map((f) => [f.severity, f.check, f.where, f.message])));
      }
      if (serious.length > shown.length) printLine(msg.moreFindings(serious.length - shown.length));
      // realisations not final yet were left out of the figures: said plainly, not only counted
      for (const f of produced.findings.filter((x) => x.code === PENDING_CODE)) printLine(f.message);
      printLine(summary(produced.findings));
    });
}
