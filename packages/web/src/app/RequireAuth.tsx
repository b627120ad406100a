import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { id } from '../i18n/id.ts';
import { useSession } from '../session/SessionProvider.tsx';
import { Button, EmptyState, Loading } from '../ui/index.ts';

/** Pages behind login: anonymous users go to /masuk and come back after. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status, retry } = useSession();
  const location = useLocation();
  if (status === 'loading') return <Loading />;
  if (status === 'offline')
    return (
      <main className="main" id="main">
        <EmptyState level={1} icon="!" title={id.errors.network} action={<Button variant="primary" onClick={retry}>{id.app.retry}</Button>} />
      </main>
    );
  if (status === 'anonymous') return <Navigate to="/masuk" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}
