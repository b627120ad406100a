import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import type { Dataset } from '@kinerja/domain';
import { buildReport, renderReport, type ReportKind } from '../src/index.ts';
const [file, kind, year, period] = process.argv.slice(2);
const dataset = JSON.parse(readFileSync(`/work/shared/fixtures/${file}.json`, 'utf8')) as Dataset;
const model = buildReport(dataset, { kind: kind as ReportKind, year: Number(year), ...(period ? { period } : {}), generatedAt: '2025-11-01T08:00:00Z' });
mkdirSync('test/artifacts', { recursive: true });
for (const f of ['docx', 'xlsx', 'pdf'] as const) writeFileSync(`test/artifacts/${model.fileBaseName}.${f}`, await renderReport(model, f));
console.log(model.fileBaseName);
