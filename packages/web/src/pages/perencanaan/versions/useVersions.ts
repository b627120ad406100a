import { useCallback, useEffect, useState } from 'react';
import { listVersions, type PlanKey, type VersionInfo } from './versions-api.ts';

/** The versions of a plan, always fresh (they change with every step); a reload keeps the last answer on screen. */
export function useVersions(k: PlanKey) {
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<{ data: VersionInfo[] | undefined; error: unknown; loading: boolean }>({ data: undefined, error: undefined, loading: true });
  const { pemda, opd, year } = k;
  useEffect(() => {
    const controller = new AbortController();
    setState((prev) => ({ data: prev.data, error: undefined, loading: true }));
    listVersions({ pemda, opd, year }, controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, error: undefined, loading: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ data: undefined, error, loading: false });
      },
    );
    return () => controller.abort();
  }, [pemda, opd, year, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}
