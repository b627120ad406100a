/**
 * Fuzzing every API route of the catalog that takes a body or a query (and its path parameters)
 * through `createApp(...).request()`, logged in as the Pemda's admin: never a 500, always problem
 * details with an Indonesian title on an error, and a refused write leaves the Pemda's rows as they were.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Database } from '@kinerja/db';
import { testDatabase } from '@kinerja/db/testing';
import { createApp } from '../../src/app.ts';
import { routes, type RouteSpec } from '../../src/routes/catalog.ts';
import { call, createTenant, fixtureFor, login, type Session, type Tenant } from '../helpers.ts';
import { applyMutations, mutation, nastyValue } from './mutate.ts';
import { tenantCounts, tenantTables } from './counts.ts';

let database: Database;
let t: Tenant;
let s: Session;
let tables: string[];
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  database = await testDatabase();
  t = await createTenant(database.db, 'fz');
  app = createApp({ db: database.db, kind: database.kind, demo: false, loginAttemptsPerMinute: 100_000 });
  s = await login(app, t.users.admin_pemda.username);
  tables = await tenantTables(database.db);
});
afterAll(async () => database.close());

/** A valid body per route, the seed of the mutations; routes not listed get arbitrary JSON only. */
const examples: Record<string, () => unknown> = {
  'POST /api/auth/login': () => ({ username: t.users.evaluator.username, password: 'salah-sekali-123' }),
  'POST /api/pemda/:pemda/opd': () => ({ name: 'Dinas Pendidikan', abbr: 'Disdik' }),
  'POST /api/pemda/:pemda/import': () => fixtureFor('kabupaten-paser/paser-2020-iku-iki.json', t.pemda.name),
  'POST /api/pemda/:pemda/users': () => ({ username: 'operator-baru', displayName: 'Operator Baru', password: 'kata-sandi-panjang', roles: [{ role: 'operator', opd: 'bkpsdm', unit: t.unit.id }] }),
  'PATCH /api/pemda/:pemda/users/:id': () => ({ displayName: 'Kepala Badan', roles: [{ role: 'pimpinan', opd: 'bkpsdm' }] }),
};

const known: Record<string, () => string> = {
  pemda: () => t.pemda.slug,
  opd: () => t.opd.slug,
  year: () => String(t.planYear),
  id: () => t.users.operator.id,
};

const key = (r: RouteSpec): string => `${r.method} ${r.path}`;
const params = (r: RouteSpec): string[] => [...r.path.matchAll(/:([a-zA-Z]+)/g)].map((m) => m[1] ?? '');
/** Words of zod's, JavaScript's or PostgreSQL's English messages that must never reach a user. */
const ENGLISH = /\b(expected|received|required|invalid input|must be|undefined|cannot read|violates|duplicate key|syntax error|unexpected)\b/i;

interface Case {
  body: unknown;
  rawBody: string | null;
  query: Record<string, string>;
  pathValues: Record<string, string | null>;
}

function caseOf(r: RouteSpec): fc.Arbitrary<Case> {
  const example = examples[key(r)];
  const body: fc.Arbitrary<unknown> =
    r.method === 'GET'
      ? fc.constant(undefined)
      : example
        ? fc.oneof({ weight: 3, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => applyMutations(example(), ms)) }, { weight: 1, arbitrary: nastyValue })
        : nastyValue;
  const queryKeys = ['rules', 'entity', 'limit', 'replace', 'period', 'unit', 'status'];
  return fc.record({
    body,
    rawBody: fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constantFrom('{', 'null', '[]', '{"a":', '\u0000', 'x'.repeat(100)) }),
    query: fc.dictionary(fc.constantFrom(...queryKeys), fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('-1', '0', '99999999999', '1e9', 'true', 'pemda-default', 'x'.repeat(300))), { maxKeys: 3 }),
    pathValues: fc.record(Object.fromEntries(params(r).map((p) => [p, fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) })]))),
  });
}

function urlOf(r: RouteSpec, c: Case): string {
  let path = r.path;
  for (const p of params(r)) {
    const v = c.pathValues[p] ?? known[p]?.() ?? 'x';
    path = path.replace(`:${p}`, encodeURIComponent(v));
  }
  const q = new URLSearchParams(c.query).toString();
  return q ? `${path}?${q}` : path;
}

const fuzzed = routes.filter((r) => r.body || r.query || params(r).length > 0);

describe('fuzzing the API', () => {
  it('covers every route with a body', () => {
    const withBody = routes.filter((r) => r.method !== 'GET').map(key);
    expect(withBody.filter((k) => !fuzzed.some((r) => key(r) === k) && !k.endsWith('/logout'))).toEqual([]);
  });

  it.each(fuzzed.map((r) => [key(r), r] as const))('%s: no 500, problem details, no partial write', async (_k, r) => {
    await fc.assert(
      fc.asyncProperty(caseOf(r), async (c) => {
        const before = await tenantCounts(database.db, t.pemda.id, tables);
        const url = urlOf(r, c);
        const res =
          c.rawBody !== null && r.method !== 'GET'
            ? await app.request(url, { method: r.method, headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' }, body: c.rawBody })
            : await call(app, r.method, url, s, c.body);
        const text = await res.text();
        expect(res.status, `${r.method} ${url} → ${text.slice(0, 300)}`).toBeLessThan(500);
        if (res.status >= 400) {
          const p = JSON.parse(text) as { type: unknown; title: unknown; status: unknown; code: unknown };
          expect(p.type).toBe('about:blank');
          expect(p.status).toBe(res.status);
          expect(typeof p.code).toBe('string');
          expect(typeof p.title === 'string' && p.title.length > 0).toBe(true);
          expect(String(p.title), `English in ${r.method} ${url}`).not.toMatch(ENGLISH);
          if (!r.path.startsWith('/api/auth/')) expect(await tenantCounts(database.db, t.pemda.id, tables)).toEqual(before);
        }
      }),
      { numRuns: r.path.endsWith('/import') ? 25 : 40, seed: 8_0808 },
    );
  });
});
