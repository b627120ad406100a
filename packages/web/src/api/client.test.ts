import { describe, expect, it } from 'vitest';
import { createApiClient, type Method } from './client.ts';
import { ApiError } from './error.ts';

interface Call {
  url: string;
  init: RequestInit;
}

const fakeFetch = (status: number, body: unknown, calls: Call[]) => async (url: string, init: RequestInit) => {
  calls.push({ url, init });
  return new Response(body === undefined ? '' : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
};

const headerOf = (call: Call | undefined, name: string): string | undefined =>
  (call?.init.headers as Record<string, string> | undefined)?.[name];

describe('csrf header', () => {
  it.each<[Method, boolean]>([
    ['GET', false],
    ['POST', true],
    ['PUT', true],
    ['PATCH', true],
    ['DELETE', true],
  ])('%s sends x-csrf-token: %s', async (method, sent) => {
    const calls: Call[] = [];
    const client = createApiClient(fakeFetch(200, { ok: true }, calls));
    client.setCsrfToken('tok-123');
    await client.request(method, '/api/x', method === 'GET' ? undefined : {});
    expect(headerOf(calls[0], 'x-csrf-token')).toBe(sent ? 'tok-123' : undefined);
    expect(calls[0]?.init.credentials).toBe('include');
  });

  it('sends no token before login', async () => {
    const calls: Call[] = [];
    const client = createApiClient(fakeFetch(200, {}, calls));
    await client.request('POST', '/api/auth/login', { username: 'a', password: 'b' });
    expect(headerOf(calls[0], 'x-csrf-token')).toBeUndefined();
  });
});

describe('expired session', () => {
  it.each([
    ['/api/pemda', 1],
    ['/api/auth/me', 0],
    ['/api/auth/login', 0],
  ])('401 on %s calls the listener %s time(s)', async (path, calls) => {
    const client = createApiClient(fakeFetch(401, { title: 'Silakan masuk', status: 401, code: 'unauthenticated' }, []));
    let called = 0;
    client.onUnauthenticated(() => (called += 1));
    await client.get(path).catch(() => undefined);
    expect(called).toBe(calls);
  });
});

describe('problem details', () => {
  it.each([
    [400, { type: 'about:blank', title: 'Nama pengguna sudah dipakai', status: 400, code: 'invalid', where: 'username' }, 'invalid', 'Nama pengguna sudah dipakai', 'username'],
    [404, { title: 'Pemda tidak ditemukan', status: 404, code: 'not_found' }, 'not_found', 'Pemda tidak ditemukan', undefined],
    [404, undefined, 'not_found', 'Data tidak ditemukan', undefined],
    [423, { title: 'Akun dikunci sementara', status: 423 }, 'locked', 'Akun dikunci sementara', undefined],
    [503, { title: 'Server sibuk', status: 503, code: 'busy' }, 'busy', 'Server sibuk', undefined],
  ])('%s → ApiError %s', async (status, body, code, title, where) => {
    const client = createApiClient(fakeFetch(status, body, []));
    const error = await client.get('/api/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status, code, title, where });
  });

  it('turns a failed connection into a network error', async () => {
    const client = createApiClient(async () => {
      throw new TypeError('fetch failed');
    });
    await expect(client.get('/api/x')).rejects.toMatchObject({ code: 'network', status: 0 });
  });
});
