import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useScope } from '../../app/ScopeContext.tsx';
import { ErrorState } from '../../app/NotFound.tsx';
import { useResource, invalidate } from '../../hooks/useResource.ts';
import { useTitle } from '../../hooks/useTitle.ts';
import { id } from '../../i18n/id.ts';
import { rolesOf } from '../../model/access.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { getOpd, paths } from '../../api/endpoints.ts';
import { Button, Card, Loading, Tabs } from '../../ui/index.ts';
import { listReports, reportPaths } from './api.ts';
import { GenerateForm } from './GenerateForm.tsx';
import { JobProgress } from './JobProgress.tsx';
import { NarrativeEditor } from './NarrativeEditor.tsx';
import { ReportList } from './ReportList.tsx';
import { mayGenerate, mayWriteNarrative } from './report-model.ts';
import type { ReportJob } from './types.ts';
import './PelaporanPage.css';

const t = id.pelaporan;

/** Pelaporan: generate official documents (live progress, then the download), the list, LKjIP narratives. */
export default function PelaporanPage() {
  const { scope, opd } = useScope();
  useTitle(t.title, opd.abbr ?? opd.name, String(scope.year));
  const roles = rolesOf(useSession().me);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'narasi' ? 'narasi' : 'dokumen';
  const [current, setCurrent] = useState<ReportJob | null>(null);
  const listKey = reportPaths.list(scope.pemda, scope.opd);
  const jobs = useResource(listKey, (s) => listReports(scope.pemda, scope.opd, s));
  const opdDetail = useResource(paths.opd(scope.pemda, scope.opd), (s) => getOpd(scope.pemda, scope.opd, s));
  const refresh = () => {
    invalidate(listKey);
    jobs.reload();
  };

  const documents = (
    <div className="stack">
      <Card title={t.generateTitle}>
        {mayGenerate(roles) ? (
          <GenerateForm
            scope={scope}
            units={opdDetail.data?.units ?? []}
            onStarted={(job) => {
              setCurrent(job);
              refresh();
            }}
          />
        ) : (
          <p className="muted">{t.noGenerate}</p>
        )}
        {current ? <JobProgress scope={scope} job={current} onFinished={refresh} /> : null}
      </Card>
      <Card title={t.listTitle}>
        <div className="row report-list__tools">
          <Button size="sm" variant="ghost" onClick={refresh}>
            {t.refresh}
          </Button>
        </div>
        {jobs.loading ? <Loading /> : jobs.error ? <ErrorState error={jobs.error} onRetry={refresh} /> : <ReportList scope={scope} jobs={jobs.data ?? []} />}
      </Card>
    </div>
  );

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t.title}</h1>
          <p>{t.subtitle(opd.name, scope.year)}</p>
        </div>
      </div>
      <Tabs
        label={t.title}
        selected={tab}
        onSelect={(key) => setParams(key === 'narasi' ? { tab: 'narasi' } : {}, { replace: true })}
        items={[
          { key: 'dokumen', label: t.documentsTab, content: documents },
          { key: 'narasi', label: t.narrativeTab, content: <NarrativeEditor scope={scope} readOnly={!mayWriteNarrative(roles)} /> },
        ]}
      />
    </>
  );
}
