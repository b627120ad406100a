import { Navigate, useParams } from 'react-router';
import { id } from '../i18n/id.ts';
import { canSee } from '../model/access.ts';
import { defaultScope, pemdaAdminPath, scopePath } from '../model/scope.ts';
import { useSession } from '../session/SessionProvider.tsx';
import { EmptyState, Loading } from '../ui/index.ts';
import { useOpdList, usePemdaList } from './data.ts';
import { ErrorState, NotFound } from './NotFound.tsx';
import { isApiError } from '../api/error.ts';

/** `/` and `/p/:pemda`: go to the user's OPD and its latest year. */
export function HomeRedirect() {
  const { me } = useSession();
  const params = useParams();
  const pemdaList = usePemdaList(!params.pemda && !me?.pemda);
  const pemda = params.pemda ?? me?.pemda?.slug ?? pemdaList.data?.[0]?.slug;
  const opds = useOpdList(pemda);

  if (!me) return null;
  if (pemdaList.loading || opds.loading) return <Loading />;
  if (opds.error) return isApiError(opds.error) && opds.error.code === 'not_found' ? <NotFound /> : <ErrorState error={opds.error} onRetry={opds.reload} />;
  if (!pemda || !opds.data) return <EmptyState level={1} title={id.errors.noScope} />;
  const scope = defaultScope(me, pemda, opds.data);
  if (scope) return <Navigate to={scopePath(scope)} replace />;
  if (canSee(me, 'admin')) return <Navigate to={pemdaAdminPath(pemda)} replace />;
  return <EmptyState level={1} title={id.errors.noScope} />;
}
