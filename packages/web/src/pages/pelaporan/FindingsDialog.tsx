import { messageOf } from '../../api/error.ts';
import { useResource } from '../../hooks/useResource.ts';
import { id } from '../../i18n/id.ts';
import { scopePath, type Scope } from '../../model/scope.ts';
import { Dialog, Loading } from '../../ui/index.ts';
import { FindingsList } from '../evaluasi/FindingsList.tsx';
import { getReportFindings, reportPaths } from './api.ts';
import type { ReportJob } from './types.ts';

const t = id.pelaporan;

/** The findings recorded when a document was generated. */
export function FindingsDialog({ scope, job, onClose }: { scope: Scope; job: ReportJob; onClose: () => void }) {
  const findings = useResource(reportPaths.findings(scope.pemda, scope.opd, job.id), (s) => getReportFindings(scope.pemda, scope.opd, job.id, s));
  const linkOf = (ref: string) => `${scopePath({ ...scope, year: job.year }, 'perencanaan')}?ref=${encodeURIComponent(ref)}`;
  return (
    <Dialog open title={t.findingsTitle(job.fileName ?? t.kinds[job.kind])} onClose={onClose}>
      <p className="muted report-findings">{t.findingsIntro}</p>
      {findings.loading ? <Loading /> : findings.error ? <p role="alert">{messageOf(findings.error)}</p> : <FindingsList findings={findings.data ?? []} linkOf={linkOf} />}
    </Dialog>
  );
}
