import { useState } from 'react';
import { id } from '../../i18n/id.ts';
import type { Scope } from '../../model/scope.ts';
import { Badge, Button, EmptyState, Table, type BadgeTone } from '../../ui/index.ts';
import { reportPaths } from './api.ts';
import { FindingsDialog } from './FindingsDialog.tsx';
import { formatSize, formatWhen } from './report-model.ts';
import type { JobStatus, ReportJob } from './types.ts';

const t = id.pelaporan;
const TONES: Record<JobStatus, BadgeTone> = { queued: 'neutral', running: 'info', done: 'success', failed: 'danger' };
const STATUS_TEXT: Record<JobStatus, string> = { queued: t.steps.queued, running: t.steps.building, done: t.steps.done, failed: t.steps.failed };

/** Every document generated for the OPD: who, when, from which data version, with how many findings. */
export function ReportList({ scope, jobs }: { scope: Scope; jobs: readonly ReportJob[] }) {
  const [open, setOpen] = useState<ReportJob | null>(null);
  if (jobs.length === 0) return <EmptyState icon="▤" title={t.listEmpty} />;
  return (
    <>
      <Table caption={t.listTitle} hideCaption stack>
        <thead>
          <tr>
            <th scope="col">{t.colDocument}</th>
            <th scope="col">{t.colWho}</th>
            <th scope="col">{t.colWhen}</th>
            <th scope="col">{t.colVersion}</th>
            <th scope="col">{t.colFindings}</th>
            <th scope="col">{t.colStatus}</th>
            <th scope="col">{t.colFile}</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((j) => (
            <tr key={j.id}>
              <td data-label={t.colDocument}>
                {t.kinds[j.kind]} {j.year}
                {j.period ? ` · ${j.period}` : ''}
                {j.unit ? ` · ${j.unit}` : ''} <span className="muted">({j.format.toUpperCase()})</span>
              </td>
              <td data-label={t.colWho}>{j.requestedBy?.name ?? id.app.empty}</td>
              <td data-label={t.colWhen}>{formatWhen(j.createdAt, id.months)}</td>
              <td data-label={t.colVersion}>
                <code title={j.dataVersion ?? undefined}>{j.dataVersion ? j.dataVersion.slice(0, 8) : id.app.empty}</code>
              </td>
              <td data-label={t.colFindings}>
                {j.findingsCount !== null ? (
                  <Button variant="ghost" size="sm" onClick={() => setOpen(j)}>
                    {t.findingsLink(j.findingsCount)}
                  </Button>
                ) : (
                  id.app.empty
                )}
              </td>
              <td data-label={t.colStatus}>
                <Badge tone={TONES[j.status]}>{STATUS_TEXT[j.status]}</Badge>
                {j.status === 'failed' && j.error ? <div className="report-error">{j.error}</div> : null}
              </td>
              <td data-label={t.colFile}>
                {j.status === 'done' && j.fileName ? (
                  <a href={reportPaths.download(scope.pemda, scope.opd, j.id)} download={j.fileName}>
                    {j.fileName}
                  </a>
                ) : (
                  id.app.empty
                )}
                {j.size !== null ? <span className="muted"> · {formatSize(j.size)}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      {open ? <FindingsDialog scope={scope} job={open} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
