import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { schema, type Database } from '@kinerja/db';
import { testDatabase } from '@kinerja/db/testing';
import { createApp } from '../src/app.ts';
import { hashToken } from '../src/auth/session-store.ts';
import { call, createTenant, login, PASSWORD, type Tenant } from './helpers.ts';

let database: Database;
let t: Tenant;
const app = () => createApp({ db: database.db, kind: database.kind, demo: false });

beforeAll(async () => {
  database = await testDatabase();
  t = await createTenant(database.db);
});
afterAll(async () => database.close());

describe('login, me, logout', () => {
  it('logs in, answers me with the csrf token and the roles, logs out', async () => {
    const a = app();
    const res = await call(a, 'POST', '/api/auth/login', null, { username: t.users.operator.username, password: PASSWORD });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^kinerja_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    const s = { cookie: cookie.split(';')[0] ?? '', csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
    const stored = await database.db.select().from(schema.session).where(eq(schema.session.tokenHash, hashToken(s.cookie.split('=')[1] ?? '')));
    expect(stored).toHaveLength(1);

    const me = await call(a, 'GET', '/api/auth/me', s);
    expect(me.status).toBe(200);
    const body = (await me.json()) as { user: { username: string; pemda: { slug: string }; roles: unknown[] }; csrfToken: string; demo: boolean };
    expect(body.user.username).toBe(t.users.operator.username);
    expect(body.user.pemda.slug).toBe(t.pemda.slug);
    expect(body.user.roles).toEqual([{ role: 'operator', opd: { slug: 'bkpsdm', name: 'Badan Kepegawaian' }, unit: { id: t.unit.id, name: 'Bidang Uji' } }]);
    expect(body.csrfToken).toBe(s.csrf);
    expect(body.demo).toBe(false);

    expect((await call(a, 'POST', '/api/auth/logout', s)).status).toBe(200);
    expect((await call(a, 'GET', '/api/auth/me', s)).status).toBe(401);
  });

  it.each([
    ['wrong password', () => t.users.admin_pemda.username, 'salah-sekali-123', 401],
    ['unknown user', () => 'tidak-ada-orangnya', PASSWORD, 401],
    ['empty username', () => '', PASSWORD, 400],
  ])('refuses %s', async (_name, username, password, status) => {
    const res = await call(app(), 'POST', '/api/auth/login', null, { username: username(), password });
    expect(res.status).toBe(status);
    const problem = (await res.json()) as { title: string; code: string; status: number };
    expect(problem.status).toBe(status);
    expect(problem.title).toMatch(/[a-z]/);
  });

  it('answers me with 401 without a session', async () => {
    const res = await call(app(), 'GET', '/api/auth/me');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'unauthenticated', title: 'Silakan masuk terlebih dahulu.' });
  });
});

describe('csrf', () => {
  it.each([
    ['no header', undefined, 403],
    ['wrong token', 'x'.repeat(43), 403],
    ['right token', 'RIGHT', 201],
  ])('POST with %s → %i', async (_name, header, status) => {
    const a = app();
    const s = await login(a, t.users.admin_pemda.username);
    const headers: Record<string, string> = { cookie: s.cookie, 'content-type': 'application/json' };
    if (header) headers['x-csrf-token'] = header === 'RIGHT' ? s.csrf : header;
    const res = await a.request(`/api/pemda/${t.pemda.slug}/opd`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Dinas Uji CSRF', abbr: `csrf${Math.random().toString(36).slice(2, 6)}` }),
    });
    expect(res.status).toBe(status);
  });
});

describe('rate limit and lockout', () => {
  it('answers 429 after 10 login attempts a minute from one address', async () => {
    const a = app();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await call(a, 'POST', '/api/auth/login', null, { username: 'tidak-ada', password: 'x' });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('locks an account for 15 minutes after 5 failed logins (423, even with the right password)', async () => {
    const db = database.db;
    const username = t.users.pimpinan.username;
    const a = app();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await call(a, 'POST', '/api/auth/login', null, { username, password: 'salah-salah' })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    const right = await call(a, 'POST', '/api/auth/login', null, { username, password: PASSWORD });
    expect(right.status).toBe(423);
    expect(((await right.json()) as { title: string }).title).toMatch(/dikunci.*15 menit/);
    const [u] = await db.select().from(schema.appUser).where(eq(schema.appUser.username, username));
    expect(u?.lockedUntil?.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    // the lock ends
    await db.update(schema.appUser).set({ lockedUntil: new Date(Date.now() - 1000) }).where(eq(schema.appUser.username, username));
    expect((await call(a, 'POST', '/api/auth/login', null, { username, password: PASSWORD })).status).toBe(200);
    const audit = await db
      .select()
      .from(schema.auditLog)
      .where(and(eq(schema.auditLog.entityId, t.users.pimpinan.id), eq(schema.auditLog.entity, 'session')));
    expect(audit.map((r) => r.action).sort()).toEqual(['login', 'login_failed', 'login_failed', 'login_failed', 'login_failed', 'login_locked']);
  });

  it('refuses a disabled user (403) even with the right password', async () => {
    const tt = await createTenant(database.db, 'dis');
    await database.db.update(schema.appUser).set({ disabled: true }).where(eq(schema.appUser.id, tt.users.evaluator.id));
    const res = await call(app(), 'POST', '/api/auth/login', null, { username: tt.users.evaluator.username, password: PASSWORD });
    expect(res.status).toBe(403);
  });
});

describe('session expiry', () => {
  it('refuses an expired session and deletes it', async () => {
    const a = app();
    const s = await login(a, t.users.evaluator.username);
    const tokenHash = hashToken(s.cookie.split('=')[1] ?? '');
    await database.db.update(schema.session).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(schema.session.tokenHash, tokenHash));
    expect((await call(a, 'GET', '/api/auth/me', s)).status).toBe(401);
    expect(await database.db.select().from(schema.session).where(eq(schema.session.tokenHash, tokenHash))).toHaveLength(0);
  });

  it('slides the expiry of a session in use', async () => {
    const a = app();
    const s = await login(a, t.users.evaluator.username);
    const tokenHash = hashToken(s.cookie.split('=')[1] ?? '');
    const soon = new Date(Date.now() + 60 * 60_000);
    await database.db.update(schema.session).set({ expiresAt: soon }).where(eq(schema.session.tokenHash, tokenHash));
    expect((await call(a, 'GET', '/api/auth/me', s)).status).toBe(200);
    const [row] = await database.db.select().from(schema.session).where(eq(schema.session.tokenHash, tokenHash));
    expect(row?.expiresAt.getTime()).toBeGreaterThan(Date.now() + 7 * 3_600_000);
  });
});
