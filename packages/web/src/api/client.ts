import { ApiError } from './error.ts';

/**
 * The fetch client: same-origin `/api`, cookies included, the CSRF token sent on every mutating
 * request (POST/PUT/PATCH/DELETE) once login or /api/auth/me has given it, and problem details
 * turned into ApiError.
 */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface ApiClient {
  request<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T>;
  get<T>(path: string, signal?: AbortSignal): Promise<T>;
  setCsrfToken(token: string | null): void;
  /** Called when any call but login answers 401 (the session expired or was ended elsewhere). */
  onUnauthenticated(listener: (() => void) | null): void;
}

export function createApiClient(fetchImpl: FetchLike = (i, init) => fetch(i, init), baseUrl = ''): ApiClient {
  let csrfToken: string | null = null;
  let unauthenticated: (() => void) | null = null;

  async function request<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, {
        method,
        headers,
        credentials: 'include',
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      throw ApiError.network();
    }
    const text = await response.text();
    let parsed: unknown = null;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = null;
      }
    }
    if (!response.ok) {
      const error = ApiError.fromProblem(response.status, parsed);
      if (error.code === 'unauthenticated' && !path.startsWith('/api/auth/')) unauthenticated?.();
      throw error;
    }
    return parsed as T;
  }

  return {
    request,
    get: (path, signal) => request('GET', path, undefined, signal),
    setCsrfToken: (token) => {
      csrfToken = token;
    },
    onUnauthenticated: (listener) => {
      unauthenticated = listener;
    },
  };
}

/** The app's one client. */
export const api = createApiClient();
