import { getPlan, listOpd, listPemda, listUsers, paths } from '../api/endpoints.ts';
import type { Opd, Pemda, PlanView, User } from '../api/types.ts';
import { useResource, type Resource } from '../hooks/useResource.ts';

/** The resources pages share, keyed by their API path so the cache is shared too. */
export const usePemdaList = (enabled = true): Resource<Pemda[]> =>
  useResource(enabled ? paths.pemdaList() : null, (s) => listPemda(s));

export const useOpdList = (pemda: string | undefined): Resource<Opd[]> =>
  useResource(pemda ? paths.opdList(pemda) : null, (s) => listOpd(pemda ?? '', s));

export const usePlan = (pemda: string, opd: string, year: number): Resource<PlanView> =>
  useResource(paths.plan(pemda, opd, year), (s) => getPlan(pemda, opd, year, s));

export const useUsers = (pemda: string): Resource<User[]> => useResource(paths.users(pemda), (s) => listUsers(pemda, s));
