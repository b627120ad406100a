import { readFileSync } from 'node:fs';
import { generateReport } from '@kinerja/documents';
import type { Dataset } from '@kinerja/domain';
const d = JSON.parse(readFileSync('/work/shared/fixtures/paser-2024-lkjip.json','utf8')) as Dataset;
for (const kind of ['pk','renaksi','lkjip','renja'] as const) for (const f of ['docx','pdf','xlsx'] as const) {
  const t = Date.now();
  try { const r = await generateReport(d, { kind, year: 2024, generatedAt: '2025-01-01T00:00:00Z' }, f); console.log(kind, f, r.fileName, r.buffer.length, r.findings.length, Date.now()-t); }
  catch (e) { console.log(kind, f, 'ERR', (e as Error).message); }
}
