import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { messageOf } from '../../api/error.ts';
import { useScope } from '../../app/ScopeContext.tsx';
import { rolesOf } from '../../model/access.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { formatDate, formatPeriod } from '../../format.ts';
import { useTitle } from '../../hooks/useTitle.ts';
import { id } from '../../i18n/id.ts';
import { Badge, EmptyState, Loading, SelectField } from '../../ui/index.ts';
import { BudgetTable } from './BudgetTable.tsx';
import { loadGrid, type GridRow, type GridView } from './pengukuran-api.ts';
import { RealisasiRow } from './RealisasiRow.tsx';
import './Pengukuran.css';

const t = id.pengukuran;
const periodsOf = (year: number) => [`${year}-Q1`, `${year}-Q2`, `${year}-Q3`, `${year}-Q4`, String(year)];

/** Pengukuran: the operator's grid of one period, loaded in one request, each row saved on its own. */
export default function PengukuranPage() {
  const { scope, opd } = useScope();
  const { me } = useSession();
  const roles = rolesOf(me);
  useTitle(t.title, opd.abbr ?? opd.name, String(scope.year));
  const [params, setParams] = useSearchParams();
  const period = params.get('period') ?? `${scope.year}-Q1`;
  const s = { pemda: scope.pemda, opd: scope.opd, year: scope.year };
  const [grid, setGrid] = useState<GridView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    const controller = new AbortController();
    setError(null);
    loadGrid({ pemda: scope.pemda, opd: scope.opd, year: scope.year }, period, controller.signal)
      .then(setGrid)
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(messageOf(e));
      });
    return () => controller.abort();
  }, [scope.pemda, scope.opd, scope.year, period]);
  useEffect(load, [load]);

  const replace = (r: GridRow | null) => {
    if (!r) return load();
    setGrid((g) => (g ? { ...g, rows: g.rows.map((x) => (x.indicator.id === r.indicator.id ? r : x)) } : g));
  };
  const open = grid ? ['unset', 'open', 'reopened'].includes(grid.window.state) : false;
  const windowText = grid
    ? grid.window.state === 'open'
      ? t.window.open(formatDate(grid.window.closesAt))
      : t.window[grid.window.state as 'unset' | 'reopened' | 'not_open' | 'closed']
    : '';

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t.title}</h1>
          <p>{t.subtitle(opd.name, scope.year)}</p>
        </div>
        {grid ? <Badge tone="neutral">{t.rules(grid.rules.id, grid.rules.version, formatPeriod(grid.period))}</Badge> : null}
      </div>
      <div className="pengukuran__bar">
        <SelectField label={t.period} value={period} onChange={(e) => setParams({ period: e.target.value })} options={periodsOf(scope.year).map((p) => ({ value: p, label: formatPeriod(p) }))} />
        {grid ? <p className={open ? 'pengukuran__muted' : 'pengukuran__warn'}>{windowText}</p> : null}
      </div>
      {error ? <p role="alert" className="pengukuran__error">{error}</p> : null}
      {!grid && !error ? <Loading /> : null}
      {grid && grid.rows.length === 0 ? <EmptyState title={t.empty}>{formatPeriod(period)}</EmptyState> : null}
      {grid && grid.rows.length > 0 ? (
        <div className="pengukuran__scroll">
          <table className="pengukuran__table">
            <thead>
              <tr>
                <th>{t.colIndicator}</th>
                <th>{t.colTarget}</th>
                <th>{t.colRealisasi}</th>
                <th>{t.colCapaian}</th>
                <th>{t.colStatus}</th>
                <th>{t.evidence}</th>
              </tr>
            </thead>
            <tbody>
              {grid.rows.map((r) => (
                <RealisasiRow key={`${r.indicator.id}-${r.period}`} scope={s} row={r} open={open} roles={roles} onChange={replace} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {grid && grid.subkegiatan.length > 0 ? <BudgetTable scope={s} period={grid.period} rows={grid.subkegiatan} open={open} /> : null}
    </>
  );
}
