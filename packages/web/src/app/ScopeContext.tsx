import { createContext, useContext } from 'react';
import type { Opd } from '../api/types.ts';
import type { Scope } from '../model/scope.ts';

/** The Pemda / OPD / year of the current URL, checked against what the server lets the user see. */
export interface ScopeValue {
  scope: Scope;
  opd: Opd;
  opds: Opd[];
}

export const ScopeContext = createContext<ScopeValue | null>(null);

export function useScope(): ScopeValue {
  const ctx = useContext(ScopeContext);
  if (!ctx) throw new Error('useScope outside a scoped route');
  return ctx;
}
