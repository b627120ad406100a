import { Outlet, useParams } from 'react-router';
import { isApiError } from '../api/error.ts';
import { parseYear } from '../model/scope.ts';
import { Loading } from '../ui/index.ts';
import { useOpdList } from './data.ts';
import { ErrorState, NotFound } from './NotFound.tsx';
import { ScopeContext } from './ScopeContext.tsx';

/**
 * `/p/:pemda/:opd/:year/*`: the OPD must be one the server lists for this user (another Pemda's
 * URL answers 404, shown as "Data tidak ditemukan"), the year a 4-digit year.
 */
export function ScopeGuard() {
  const params = useParams();
  const year = parseYear(params.year);
  const opds = useOpdList(params.pemda);
  if (opds.loading) return <Loading />;
  if (opds.error) return isApiError(opds.error) && (opds.error.code === 'not_found' || opds.error.code === 'forbidden') ? <NotFound /> : <ErrorState error={opds.error} onRetry={opds.reload} />;
  const opd = opds.data?.find((o) => o.slug === params.opd);
  if (!opd || year === null || !params.pemda) return <NotFound />;
  return (
    <ScopeContext.Provider value={{ scope: { pemda: params.pemda, opd: opd.slug, year }, opd, opds: opds.data ?? [] }}>
      <Outlet />
    </ScopeContext.Provider>
  );
}
