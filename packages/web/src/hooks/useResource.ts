import { useCallback, useEffect, useState } from 'react';

/**
 * Loads one API resource per key, keeps the answer in a small in-memory cache (so moving between
 * Beranda, Perencanaan and Evaluasi of the same plan is instant) and aborts on unmount.
 * `key` null means "nothing to load yet".
 */
const cache = new Map<string, unknown>();
/** Loads in flight, so two components asking for the same key share one request. */
const pending = new Map<string, Promise<unknown>>();

function loadOnce<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const inFlight = pending.get(key) as Promise<T> | undefined;
  if (inFlight) return inFlight;
  const p = load(new AbortController().signal).finally(() => pending.delete(key));
  pending.set(key, p);
  return p;
}

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

export function useResource<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Resource<T> {
  const [state, setState] = useState<{ key: string | null; data: T | undefined; error: unknown; loading: boolean }>(() => ({
    key,
    data: key ? (cache.get(key) as T | undefined) : undefined,
    error: undefined,
    loading: key !== null && !cache.has(key),
  }));
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    const cached = cache.get(key) as T | undefined;
    setState({ key, data: cached, error: undefined, loading: cached === undefined });
    loadOnce(key, load).then(
      (data) => {
        cache.set(key, data);
        if (!controller.signal.aborted) setState({ key, data, error: undefined, loading: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        cache.delete(key);
        setState({ key, data: undefined, error, loading: false });
      },
    );
    return () => controller.abort();
    // `load` is recreated by callers on each render; the key names what it loads.
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const current = state.key === key;
  return {
    data: current ? state.data : key ? (cache.get(key) as T | undefined) : undefined,
    error: current ? state.error : undefined,
    loading: key !== null && (current ? state.loading : !cache.has(key)),
    reload,
  };
}

/** Forget cached answers whose key starts with `prefix` (after a change). */
export function invalidate(prefix: string): void {
  for (const k of cache.keys()) if (k.startsWith(prefix)) cache.delete(k);
}

/** Forget everything (logout). */
export function clearCache(): void {
  cache.clear();
}
