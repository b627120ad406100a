/**
 * Password hashing parameters (argon2id, OWASP minimum: 19 MiB, 2 passes, 1 lane) on a user created
 * through the API, never the password itself in the database or the audit; the request body limit
 * (20 MB) refused with a clear message; the security headers not covered by http.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema, type Database } from '@kinerja/db';
import { testDatabase } from '@kinerja/db/testing';
import { createApp, MAX_BODY_BYTES } from '../src/app.ts';
import { verifyPassword } from '../src/auth/password.ts';
import { call, createTenant, login, type Tenant } from './helpers.ts';

let database: Database;
let t: Tenant;
beforeAll(async () => {
  database = await testDatabase();
  t = await createTenant(database.db, 'hs');
});
afterAll(async () => database.close());

const app = () => createApp({ db: database.db, kind: database.kind, demo: false });

describe('password hashing', () => {
  it.each([
    ['kata-sandi-panjang-sekali', 'operator-bidang-a'],
    ['Rahasia Pemda Paser 2025!', 'operator-bidang-b'],
  ])('stores "%s" as argon2id m=19456,t=2,p=1 with its own salt', async (password, name) => {
    const a = app();
    const s = await login(a, t.users.admin_pemda.username);
    const username = `${name}-${t.pemda.slug}`;
    const res = await call(a, 'POST', `/api/pemda/${t.pemda.slug}/users`, s, { username, displayName: 'Operator', password, roles: [{ role: 'operator', opd: 'bkpsdm', unit: t.unit.id }] });
    expect(res.status).toBe(201);
    const [u] = await database.db.select().from(schema.appUser).where(eq(schema.appUser.username, username));
    expect(u?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(await verifyPassword(u?.passwordHash ?? '', password)).toBe(true);
    expect(await verifyPassword(u?.passwordHash ?? '', `${password}x`)).toBe(false);
    const audit = await database.db.select().from(schema.auditLog).where(eq(schema.auditLog.entityId, u?.id ?? ''));
    expect(JSON.stringify(audit)).not.toContain(password);
    expect(JSON.stringify(audit)).not.toContain('argon2');
  });

  it('gives two users with the same password different hashes (salted)', async () => {
    const a = app();
    const s = await login(a, t.users.admin_pemda.username);
    const hashes: string[] = [];
    for (const name of ['evaluator-satu', 'evaluator-dua']) {
      const username = `${name}-${t.pemda.slug}`;
      const res = await call(a, 'POST', `/api/pemda/${t.pemda.slug}/users`, s, { username, displayName: name, password: 'kata-sandi-yang-sama', roles: [{ role: 'evaluator' }] });
      expect(res.status).toBe(201);
      const [u] = await database.db.select().from(schema.appUser).where(eq(schema.appUser.username, username));
      hashes.push(u?.passwordHash ?? '');
    }
    expect(hashes[0]).toMatch(/^\$argon2id\$/);
    expect(hashes[0]).not.toBe(hashes[1]);
  });
});

describe('request body limit', () => {
  it.each([
    [MAX_BODY_BYTES + 1024, 400],
    [1024, 401],
  ])('a %i-byte login body → %i', async (size, status) => {
    const body = JSON.stringify({ username: 'x', password: 'y', pad: 'a'.repeat(size) });
    const res = await app().request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(status);
    if (status === 400) expect(((await res.json()) as { title: string }).title).toBe('Isi permintaan terlalu besar (maksimal 20 MB).');
  });
});

describe('security headers', () => {
  it.each([
    ['strict-transport-security', 'max-age=15552000; includeSubDomains'],
    ['content-security-policy', "script-src 'self'"],
    ['content-security-policy', "object-src 'none'"],
    ['cross-origin-opener-policy', 'same-origin'],
  ])('%s has %s', async (header, value) => {
    const res = await app().request('/api/health');
    expect(res.headers.get(header)).toContain(value);
  });
});
