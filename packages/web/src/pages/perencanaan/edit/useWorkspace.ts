import { useCallback, useEffect, useState } from 'react';
import { getWorkspace, type Workspace } from '../planning-api.ts';

export interface WorkspaceResource {
  data: Workspace | undefined;
  error: unknown;
  loading: boolean;
  /** Loads again; `generation` changes so an editor built on the old answer starts afresh. */
  reload: () => void;
  generation: number;
}

/** The planning workspace of a plan, always fresh (not cached: it is the editing source); a reload keeps the last answer on screen. */
export function useWorkspace(pemda: string, opd: string, year: number): WorkspaceResource {
  const [generation, setGeneration] = useState(0);
  const [state, setState] = useState<{ data: Workspace | undefined; error: unknown; loading: boolean }>({ data: undefined, error: undefined, loading: true });
  useEffect(() => {
    const controller = new AbortController();
    setState((prev) => ({ data: prev.data, error: undefined, loading: true }));
    getWorkspace(pemda, opd, year, controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, error: undefined, loading: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ data: undefined, error, loading: false });
      },
    );
    return () => controller.abort();
  }, [pemda, opd, year, generation]);
  useEffect(() => setState({ data: undefined, error: undefined, loading: true }), [pemda, opd, year]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload, generation };
}
