import { api } from './client.ts';
import type { Finding, Health, LoginAnswer, MeAnswer, NewOpd, NewUser, Opd, Pemda, PlanView, User, UserPatch } from './types.ts';

/** One function per endpoint of docs/api-contract.md; paths are built here and nowhere else. */
const enc = encodeURIComponent;

export const paths = {
  health: () => '/api/health',
  me: () => '/api/auth/me',
  pemdaList: () => '/api/pemda',
  pemda: (pemda: string) => `/api/pemda/${enc(pemda)}`,
  opdList: (pemda: string) => `/api/pemda/${enc(pemda)}/opd`,
  opd: (pemda: string, opd: string) => `/api/pemda/${enc(pemda)}/opd/${enc(opd)}`,
  plan: (pemda: string, opd: string, year: number) => `/api/pemda/${enc(pemda)}/opd/${enc(opd)}/plans/${year}`,
  findings: (pemda: string, opd: string, year: number) => `/api/pemda/${enc(pemda)}/opd/${enc(opd)}/plans/${year}/findings`,
  users: (pemda: string) => `/api/pemda/${enc(pemda)}/users`,
  user: (pemda: string, userId: string) => `/api/pemda/${enc(pemda)}/users/${enc(userId)}`,
};

export const getHealth = (signal?: AbortSignal) => api.get<Health>(paths.health(), signal);
export const getMe = (signal?: AbortSignal) => api.get<MeAnswer>(paths.me(), signal);

export async function login(username: string, password: string): Promise<LoginAnswer> {
  const answer = await api.request<LoginAnswer>('POST', '/api/auth/login', { username, password });
  api.setCsrfToken(answer.csrfToken);
  return answer;
}

export async function logout(): Promise<void> {
  try {
    await api.request<{ ok: true }>('POST', '/api/auth/logout');
  } finally {
    api.setCsrfToken(null);
  }
}

export const listPemda = (signal?: AbortSignal) => api.get<Pemda[]>(paths.pemdaList(), signal);
export const listOpd = (pemda: string, signal?: AbortSignal) => api.get<Opd[]>(paths.opdList(pemda), signal);
export const getOpd = (pemda: string, opd: string, signal?: AbortSignal) => api.get<Opd>(paths.opd(pemda, opd), signal);
export const createOpd = (pemda: string, body: NewOpd) => api.request<Opd>('POST', paths.opdList(pemda), body);
export const getPlan = (pemda: string, opd: string, year: number, signal?: AbortSignal) =>
  api.get<PlanView>(paths.plan(pemda, opd, year), signal);
export const getFindings = (pemda: string, opd: string, year: number, signal?: AbortSignal) =>
  api.get<Finding[]>(paths.findings(pemda, opd, year), signal);
export const listUsers = (pemda: string, signal?: AbortSignal) => api.get<User[]>(paths.users(pemda), signal);
export const createUser = (pemda: string, body: NewUser) => api.request<User>('POST', paths.users(pemda), body);
export const updateUser = (pemda: string, userId: string, patch: UserPatch) =>
  api.request<User>('PATCH', paths.user(pemda, userId), patch);
