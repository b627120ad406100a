import { lazy, Suspense, useMemo } from 'react';
import { classifyCapaian } from '@kinerja/domain';
import { isApiError } from '../../api/error.ts';
import { useScope } from '../../app/ScopeContext.tsx';
import { usePlan } from '../../app/data.ts';
import { ErrorState } from '../../app/NotFound.tsx';
import { formatDecimal, formatNumber, formatPercent, formatRupiah } from '../../format.ts';
import { useTitle } from '../../hooks/useTitle.ts';
import { id } from '../../i18n/id.ts';
import { summarize } from '../../model/dashboard.ts';
import { BandBadge, Badge, Card, EmptyState, Loading, StatCard } from '../../ui/index.ts';
import { IndicatorTable } from './IndicatorTable.tsx';
import './BerandaPage.css';

const CapaianChart = lazy(() => import('./CapaianChart.tsx').then((m) => ({ default: m.CapaianChart })));
const t = id.beranda;

/** Beranda: the OPD dashboard of the chosen year. */
export default function BerandaPage() {
  const { scope, opd } = useScope();
  const opdName = opd.abbr ?? opd.name;
  useTitle(t.title, opdName, String(scope.year));
  const plan = usePlan(scope.pemda, scope.opd, scope.year);
  const summary = useMemo(() => (plan.data ? summarize(plan.data) : null), [plan.data]);

  const head = (
    <div className="page-head">
      <div>
        <h1>{t.title}</h1>
        <p>{t.subtitle(opd.name, scope.year)}</p>
      </div>
      {plan.data ? (
        <span className="beranda__rules">
          <Badge tone="neutral">{t.rules(plan.data.rules)}</Badge>
        </span>
      ) : null}
    </div>
  );

  if (plan.loading) return <>{head}<Loading /></>;
  if (plan.error)
    return (
      <>
        {head}
        {isApiError(plan.error) && plan.error.code === 'not_found' ? <EmptyState title={t.noPlanTitle}>{t.noPlanBody}</EmptyState> : <ErrorState error={plan.error} onRetry={plan.reload} />}
      </>
    );
  if (!summary) return head;
  const meanBand = classifyCapaian(summary.meanCapaian);

  return (
    <>
      {head}
      <div className="beranda__grid">
        <div className="card-grid" role="group" aria-label={t.title}>
          <StatCard label={t.indicators} value={formatNumber(summary.indicatorCount)} foot={t.indicatorsWithCapaian(summary.withCapaian)} />
          <StatCard
            label={t.meanCapaian}
            value={summary.meanCapaian === null ? id.app.empty : `${formatDecimal(summary.meanCapaian)} %`}
            foot={meanBand ? <BandBadge band={meanBand} /> : t.noCapaian}
          />
          <StatCard size="md" label={t.pagu} value={formatRupiah(summary.pagu)} foot={`${t.realisasi}: ${formatRupiah(summary.realisasi)}`} />
          <StatCard label={t.serapan} value={formatPercent(summary.serapan)} foot={t.serapanHint} />
        </div>
        <Card title={t.chartTitle}>
          <Suspense fallback={<Loading />}>
            <CapaianChart sasaran={summary.sasaran} />
          </Suspense>
        </Card>
        <IndicatorTable rows={summary.rows} />
      </div>
    </>
  );
}
