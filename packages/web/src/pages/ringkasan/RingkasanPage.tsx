import { lazy, Suspense, useMemo } from 'react';
import { api } from '../../api/client.ts';
import { useScope } from '../../app/ScopeContext.tsx';
import { ErrorState } from '../../app/NotFound.tsx';
import { formatDecimal, formatNumber, formatPercent, formatRupiah } from '../../format.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useTitle } from '../../hooks/useTitle.ts';
import { id } from '../../i18n/id.ts';
import { BandBadge, Button, buttonClass, Card, EmptyState, Loading, StatCard } from '../../ui/index.ts';
import { OpdTable } from './OpdTable.tsx';
import { ReferenceTable } from './ReferenceTable.tsx';
import { pemdaDashboardPath, pemdaDashboardXlsx, type PemdaDashboard } from './ringkasan-api.ts';
import './Ringkasan.css';

const RankingChart = lazy(() => import('./RankingChart.tsx').then((m) => ({ default: m.RankingChart })));
const BandChart = lazy(() => import('./BandChart.tsx').then((m) => ({ default: m.BandChart })));
const t = id.monitoring;

const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const sum = (xs: (number | null)[]): number | null => {
  const present = xs.filter((x): x is number => x !== null);
  return present.length ? present.reduce((a, b) => a + b, 0) : null;
};

/** The Pemda dashboard: every OPD side by side, ranking, bands, pending, late, references; printable and exportable. */
export default function RingkasanPage() {
  const { scope } = useScope();
  const path = pemdaDashboardPath(scope.pemda, scope.year);
  const res = useResource(path, (s) => api.get<PemdaDashboard>(path, s));
  const d = res.data;
  useTitle(t.title, d?.pemda.name ?? scope.pemda, String(scope.year));
  const totals = useMemo(() => {
    if (!d) return null;
    const pagu = sum(d.opds.map((o) => o.pagu));
    const realisasi = sum(d.opds.map((o) => o.realisasi));
    return {
      ranked: d.opds.filter((o) => o.rank !== null).length,
      mean: mean(d.opds.map((o) => o.capaian).filter((c): c is number => c !== null)),
      pagu,
      realisasi,
      absorption: pagu && realisasi !== null ? (realisasi / pagu) * 100 : null,
      pending: d.opds.reduce((a, o) => a + o.pending.submitted + o.pending.draft, 0),
    };
  }, [d]);
  const caption = d ? t.caption(d.year, d.period, d.rules) : '';
  const figCaption = <p className="ringkasan__caption">{caption}</p>;

  const head = (
    <div className="page-head">
      <div>
        <h1>{t.title}</h1>
        <p>{t.subtitle(d?.pemda.name ?? scope.pemda, scope.year)}</p>
        {d ? <p className="ringkasan__caption ringkasan__caption--head">{caption}</p> : null}
      </div>
      <div className="ringkasan__actions">
        <Button onClick={() => window.print()}>{t.print}</Button>
        <a className={buttonClass('primary')} href={pemdaDashboardXlsx(scope.pemda, scope.year)} download>
          {t.exportXlsx}
        </a>
      </div>
    </div>
  );
  if (res.loading) return <>{head}<Loading /></>;
  if (res.error || !d || !totals) return <>{head}<ErrorState error={res.error} onRetry={res.reload} /></>;
  if (d.opds.length === 0) return <>{head}<EmptyState title={t.empty} /></>;
  const meanBand = d.opds.find((o) => o.rank === 1)?.band ?? null;

  return (
    <div className="ringkasan">
      {head}
      <div className="card-grid" role="group" aria-label={t.title}>
        <StatCard label={t.opdCount} value={formatNumber(d.opds.length)} foot={t.opdCountFoot(totals.ranked)} />
        <StatCard label={t.meanCapaian} value={totals.mean === null ? id.app.empty : `${formatDecimal(totals.mean)} %`} foot={meanBand ? <BandBadge band={meanBand} /> : null} />
        <StatCard size="md" label={t.absorption} value={formatPercent(totals.absorption)} foot={t.absorptionFoot(formatRupiah(totals.realisasi), formatRupiah(totals.pagu))} />
        <StatCard label={t.pendingTitle} value={formatNumber(totals.pending)} foot={t.pendingFoot} />
        <StatCard label={t.lateTitle} value={formatNumber(d.late.total)} foot={t.lateFoot(d.late.state)} />
      </div>
      <div className="ringkasan__charts">
        <Card title={t.rankingTitle}>
          {figCaption}
          <Suspense fallback={<Loading />}>
            <RankingChart rows={d.opds} />
          </Suspense>
        </Card>
        <Card title={t.bandsTitle}>
          {figCaption}
          <Suspense fallback={<Loading />}>
            <BandChart bands={d.bands} />
          </Suspense>
        </Card>
      </div>
      <Card title={t.tableTitle}>
        {figCaption}
        <OpdTable rows={d.opds} caption={t.tableTitle} />
      </Card>
      <Card title={t.referencesTitle}>
        {figCaption}
        <ReferenceTable rows={d.references} />
      </Card>
    </div>
  );
}
