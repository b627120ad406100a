import { lazy, Suspense, useMemo } from 'react';
import { Link } from 'react-router';
import { classifyCapaian } from '@kinerja/domain';
import { isApiError } from '../../api/error.ts';
import { useScope } from '../../app/ScopeContext.tsx';
import { usePlan } from '../../app/data.ts';
import { ErrorState } from '../../app/NotFound.tsx';
import { formatDecimal, formatNumber, formatPercent, formatRupiah } from '../../format.ts';
import { useTitle } from '../../hooks/useTitle.ts';
import { id } from '../../i18n/id.ts';
import { summarize, withFinalFigures, type OpdDashboardFigures } from '../../model/dashboard.ts';
import { api } from '../../api/client.ts';
import { useResource } from '../../hooks/useResource.ts';
import { canSee } from '../../model/access.ts';
import { scopePath } from '../../model/scope.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { BandBadge, Badge, Button, buttonClass, Card, EmptyState, Loading, StatCard } from '../../ui/index.ts';
import { IndicatorTable } from './IndicatorTable.tsx';
import './BerandaPage.css';

const CapaianChart = lazy(() => import('./CapaianChart.tsx').then((m) => ({ default: m.CapaianChart })));
const t = id.beranda;
const m = id.monitoring;

/** Beranda: the OPD dashboard of the chosen year. */
export default function BerandaPage() {
  const { scope, opd } = useScope();
  const { me } = useSession();
  const opdName = opd.abbr ?? opd.name;
  useTitle(t.title, opdName, String(scope.year));
  const plan = usePlan(scope.pemda, scope.opd, scope.year);
  const dashPath = `/api/pemda/${scope.pemda}/opd/${scope.opd}/dashboard/${scope.year}`;
  const dash = useResource(dashPath, (sig) => api.get<OpdDashboardFigures>(dashPath, sig));
  const summary = useMemo(() => (plan.data ? summarize(dash.data ? withFinalFigures(plan.data, dash.data) : plan.data) : null), [plan.data, dash.data]);

  const head = (
    <div className="page-head">
      <div>
        <h1>{t.title}</h1>
        <p>{t.subtitle(opd.name, scope.year)}</p>
      </div>
      <div className="beranda__actions">
        {plan.data ? (
          <span className="beranda__rules">
            <Badge tone="neutral">{t.rules(plan.data.rules)}</Badge>
          </span>
        ) : null}
        <Button onClick={() => window.print()}>{m.print}</Button>
        <a className={buttonClass('secondary')} href={`/api/pemda/${scope.pemda}/opd/${scope.opd}/dashboard/${scope.year}/xlsx`} download>
          {m.exportXlsx}
        </a>
      </div>
    </div>
  );
  const pemdaLink = canSee(me, 'ringkasan') ? (
    <Card className="beranda__pemda" title={m.pemdaLinkTitle}>
      <p>{m.pemdaLinkBody}</p>
      <Link className={buttonClass('primary')} to={scopePath(scope, 'ringkasan')}>
        {m.pemdaLink}
      </Link>
    </Card>
  ) : null;

  if (plan.loading || dash.loading) return <>{head}<Loading /></>;
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
      {pemdaLink}
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
          {dash.data ? <StatCard label={m.pendingTitle} value={formatNumber(dash.data.pending.length)} foot={m.pendingFoot} /> : null}
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
