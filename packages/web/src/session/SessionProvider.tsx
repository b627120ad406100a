import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../api/client.ts';
import { getHealth, getMe, login as apiLogin, logout as apiLogout } from '../api/endpoints.ts';
import { isApiError } from '../api/error.ts';
import type { Me } from '../api/types.ts';
import { clearCache } from '../hooks/useResource.ts';

export type SessionStatus = 'loading' | 'anonymous' | 'authenticated' | 'offline';

export interface Session {
  status: SessionStatus;
  me: Me | null;
  demo: boolean;
  login: (username: string, password: string) => Promise<Me>;
  logout: () => Promise<void>;
  retry: () => void;
}

const SessionContext = createContext<Session | null>(null);

/** Who is logged in (from /api/auth/me), whether the server runs in demo mode, login and logout. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [me, setMe] = useState<Me | null>(null);
  const [demo, setDemo] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    getHealth(controller.signal).then(
      (h) => setDemo((d) => d || h.demo),
      () => undefined,
    );
    getMe(controller.signal).then(
      (answer) => {
        api.setCsrfToken(answer.csrfToken);
        setMe(answer.user);
        setDemo((d) => d || answer.demo);
        setStatus('authenticated');
      },
      (e: unknown) => {
        if (controller.signal.aborted) return;
        setStatus(isApiError(e) && e.code === 'network' ? 'offline' : 'anonymous');
      },
    );
    return () => controller.abort();
  }, [attempt]);

  // A 401 from any page means the session is gone: back to Masuk (RequireAuth redirects).
  useEffect(() => {
    api.onUnauthenticated(() => {
      clearCache();
      setMe(null);
      setStatus('anonymous');
    });
    return () => api.onUnauthenticated(null);
  }, []);

  const login = useCallback(async (username: string, password: string) => {
    const answer = await apiLogin(username, password);
    clearCache();
    setMe(answer.user);
    setStatus('authenticated');
    return answer.user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await apiLogout();
    } finally {
      clearCache();
      setMe(null);
      setStatus('anonymous');
    }
  }, []);

  const retry = useCallback(() => {
    setStatus('loading');
    setAttempt((a) => a + 1);
  }, []);

  const value = useMemo<Session>(() => ({ status, me, demo, login, logout, retry }), [status, me, demo, login, logout, retry]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}
