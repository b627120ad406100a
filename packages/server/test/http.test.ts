/** Security headers, problem details, the OpenAPI document and the web app fallback. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@kinerja/db';
import { testDatabase } from '@kinerja/db/testing';
import { createApp } from '../src/app.ts';
import { routes } from '../src/routes/catalog.ts';
import { call, createTenant, login, type Tenant } from './helpers.ts';

let database: Database;
let t: Tenant;
beforeAll(async () => {
  database = await testDatabase();
  t = await createTenant(database.db, 'ht');
});
afterAll(async () => database.close());

const app = (webDir?: string) => createApp({ db: database.db, kind: database.kind, demo: false, ...(webDir ? { webDir } : {}) });

describe('security headers', () => {
  it.each([['/api/health'], ['/api/auth/me'], ['/api/tidak-ada'], ['/beranda']])('on %s', async (path) => {
    const res = await app().request(path);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});

describe('problem details', () => {
  it.each([
    ['unknown API route', 'GET', '/api/tidak-ada', undefined, 404, 'not_found', undefined],
    ['not JSON', 'POST', '/api/auth/login', 'bukan json', 400, 'invalid', undefined],
    ['missing field', 'POST', '/api/auth/login', { username: 'a' }, 400, 'invalid', 'password'],
  ])('%s → %s', async (_n, method, path, body, status, code, where) => {
    const res = await app().request(path, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    expect(res.status).toBe(status);
    const p = (await res.json()) as Record<string, unknown>;
    expect(p).toMatchObject({ type: 'about:blank', status, code });
    expect(p.where).toBe(where);
    expect(typeof p.title).toBe('string');
  });

  it.each([
    ['short password', { username: 'pengguna-baru', displayName: 'B', password: 'pendek', roles: [{ role: 'evaluator' }] }, 'password', 'Kata sandi minimal 10 karakter.'],
    ['operator without unit', { username: 'pengguna-baru', displayName: 'B', password: 'cukup-panjang-1', roles: [{ role: 'operator', opd: 'bkpsdm' }] }, 'roles.0.unit', 'Peran operator memerlukan unit kerja.'],
    ['admin_opd of an unknown OPD', { username: 'pengguna-baru', displayName: 'B', password: 'cukup-panjang-1', roles: [{ role: 'admin_opd', opd: 'tidak-ada' }] }, 'roles.0.opd', 'Perangkat daerah tidak ditemukan.'],
    ['superadmin role', { username: 'pengguna-baru', displayName: 'B', password: 'cukup-panjang-1', roles: [{ role: 'superadmin' }] }, 'roles.0.role', 'Peran superadmin tidak dapat diberikan di sini.'],
    ['taken username', { username: 'USERNAME', displayName: 'B', password: 'cukup-panjang-1', roles: [{ role: 'evaluator' }] }, 'username', 'Nama pengguna sudah dipakai.'],
  ])('user with %s', async (_n, body, where, title) => {
    const a = app();
    const s = await login(a, t.users.admin_pemda.username);
    const b = { ...body, username: body.username === 'USERNAME' ? t.users.operator.username : body.username };
    const res = await call(a, 'POST', `/api/pemda/${t.pemda.slug}/users`, s, b);
    expect([400, 409]).toContain(res.status);
    expect(await res.json()).toMatchObject({ where, title });
  });
});

describe('OpenAPI', () => {
  it('lists every route of the catalog', async () => {
    const doc = (await (await app().request('/api/openapi.json')).json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    for (const r of routes) expect(doc.paths[r.path.replace(/:([a-z]+)/g, '{$1}')]?.[r.method.toLowerCase()], `${r.method} ${r.path}`).toBeDefined();
  });
});

describe('web app', () => {
  it('serves files and falls back to index.html for SPA routes, not for /api', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kinerja-web-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>kinerja-spa</title>');
    writeFileSync(join(dir, 'app.js'), 'console.log(1)');
    const a = app(dir);
    expect(await (await a.request('/pemda/kabupaten-paser/opd/bkpsdm')).text()).toContain('kinerja-spa');
    expect((await a.request('/app.js')).headers.get('content-type')).toContain('javascript');
    expect((await a.request('/api/tidak-ada')).status).toBe(404);
  });

  it('says to run npm run build when there is no build', async () => {
    const res = await app(join(tmpdir(), 'tidak-ada-build')).request('/');
    expect(await res.text()).toContain('npm run build');
  });
});
