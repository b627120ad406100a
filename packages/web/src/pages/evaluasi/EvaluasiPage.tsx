import { useSearchParams } from 'react-router';
import { isApiError } from '../../api/error.ts';
import { useScope } from '../../app/ScopeContext.tsx';
import { usePlan } from '../../app/data.ts';
import { ErrorState } from '../../app/NotFound.tsx';
import { useTitle } from '../../hooks/useTitle.ts';
import { id } from '../../i18n/id.ts';
import { scopePath } from '../../model/scope.ts';
import { EmptyState, Loading, Tabs } from '../../ui/index.ts';
import { TemuanPanel } from './TemuanPanel.tsx';

const t = id.evaluasi;

/** Evaluasi: the consistency findings (Temuan) of the plan; LKE AKIP comes later. */
export default function EvaluasiPage() {
  const { scope, opd } = useScope();
  useTitle(t.title, opd.abbr ?? opd.name, String(scope.year));
  const plan = usePlan(scope.pemda, scope.opd, scope.year);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'lke' ? 'lke' : 'temuan';
  const linkOf = (ref: string) => `${scopePath(scope, 'perencanaan')}?ref=${encodeURIComponent(ref)}`;

  const temuan = plan.loading ? (
    <Loading />
  ) : plan.error ? (
    isApiError(plan.error) && plan.error.code === 'not_found' ? (
      <EmptyState title={id.beranda.noPlanTitle}>{id.beranda.noPlanBody}</EmptyState>
    ) : (
      <ErrorState error={plan.error} onRetry={plan.reload} />
    )
  ) : (
    <TemuanPanel findings={plan.data?.findings ?? []} linkOf={linkOf} />
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
        onSelect={(key) => setParams(key === 'lke' ? { tab: 'lke' } : {}, { replace: true })}
        items={[
          { key: 'temuan', label: t.temuanTab, content: temuan },
          {
            key: 'lke',
            label: t.lkeTab,
            content: (
              <EmptyState icon="◷" title={id.comingSoon.title}>
                {id.comingSoon.body(id.comingSoon.lke)}
              </EmptyState>
            ),
          },
        ]}
      />
    </>
  );
}
