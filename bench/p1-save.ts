/**
 * P1: saving one realisation through the API (session, CSRF, validation, permissions, audit,
 * commit) by 200 concurrent clients on PostgreSQL (fsync on), the real server in its own process.
 * Baseline: a bare `pg` upsert of the same row, 200 concurrent callers over a pool of 20 (the
 * server's), in the same run. Bounded: REQUESTS requests, loopback only.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { eq } from 'drizzle-orm';
import { importDataset, openDatabase, schema, systemActor } from '@kinerja/db';
import { hashPassword } from '../packages/server/src/auth/password.ts';
import { send, startServer, stopServer, type HttpSession } from '../packages/server/test/reliability/server-process.ts';
import { generateOpdDataset } from './generate.ts';
import { benchPostgres } from './postgres.ts';
import { percentile, result, type Result } from './results.ts';

const CLIENTS = 200;
const REQUESTS = 4000;
const YEAR = 2025;
const PERIODS = [...Array.from({ length: 12 }, (_, m) => `${YEAR}-${String(m + 1).padStart(2, '0')}`), `${YEAR}-Q1`, `${YEAR}-Q2`, `${YEAR}-Q3`, `${YEAR}-Q4`, `${YEAR}-S1`, `${YEAR}-S2`, String(YEAR)];
const NARRATIVE = { success_factors: 'Koordinasi berjalan baik.', obstacles: 'Data terlambat.' };

interface Slot {
  session: HttpSession;
  keys: { indicator: string; period: string }[];
}

async function runClients(slots: Slot[], total: number, once: (slot: Slot, i: number) => Promise<void>): Promise<{ latencies: number[]; wallMs: number }> {
  const latencies: number[] = [];
  let issued = 0;
  const t0 = performance.now();
  await Promise.all(
    slots.map(async (slot) => {
      while (issued < total) {
        const i = issued++;
        const s = performance.now();
        await once(slot, i);
        latencies.push(performance.now() - s);
      }
    }),
  );
  return { latencies: latencies.sort((a, b) => a - b), wallMs: performance.now() - t0 };
}

export async function p1(): Promise<Result[]> {
  const pgServer = benchPostgres();
  const dataDir = mkdtempSync(join(tmpdir(), 'kinerja-p1-'));
  try {
    const database = await openDatabase({ url: pgServer.url });
    await database.migrate();
    const d = generateOpdDataset(1, 6, { indicators: 100, year: YEAR });
    const suffix = randomUUID().slice(0, 6);
    const imported = await importDataset(
      database.db,
      { ...d, pemda: { ...d.pemda, name: `${d.pemda.name} P1 ${suffix}` }, indicators: d.indicators.map(({ realizations: _r, ...i }) => i) },
      { actor: systemActor },
    );
    const units = await database.db.select().from(schema.unit).where(eq(schema.unit.opdId, imported.opdId));
    const inds = await database.db.select().from(schema.indicator).where(eq(schema.indicator.planId, imported.planId));
    const passwordHash = await hashPassword('bench-kata-sandi-1');
    const users: { username: string; unitId: string }[] = [];
    for (let c = 0; c < CLIENTS; c++) {
      const unit = units[c % units.length];
      if (!unit) throw new Error('no unit');
      const username = `bench-op-${suffix}-${c}`;
      const [u] = await database.db.insert(schema.appUser).values({ pemdaId: imported.pemdaId, username, displayName: username, passwordHash }).returning();
      await database.db.insert(schema.roleAssignment).values({ pemdaId: imported.pemdaId, userId: u?.id ?? '', role: 'operator', opdId: imported.opdId, unitId: unit.id });
      users.push({ username, unitId: unit.id });
    }
    await database.close();

    // the login limiter counts per address: behind a (trusted) proxy every client has its own
    const server = await startServer({ dataDir, databaseUrl: pgServer.url, env: { KINERJA_TRUST_PROXY: '1' }, timeoutMs: 300_000 });
    const slots: Slot[] = [];
    for (const [c, u] of users.entries()) {
      const res = await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.8.${c >> 8}.${c & 255}` },
        body: JSON.stringify({ username: u.username, password: 'bench-kata-sandi-1' }),
      });
      if (res.status !== 200) throw new Error(`login ${res.status} ${await res.text()}`);
      const csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
      const mine = inds.filter((i) => i.responsibleUnitId === u.unitId);
      // every client its own rows (no two clients race on one new row)
      const sameUnit = users.filter((x) => x.unitId === u.unitId);
      const rank = sameUnit.indexOf(u);
      const keys = mine.flatMap((i) => PERIODS.map((period) => ({ indicator: i.id, period }))).filter((_, k) => k % sameUnit.length === rank);
      slots.push({ session: { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '', csrf }, keys });
    }
    const path = `/api/pemda/${imported.pemdaSlug}/opd/${imported.opdSlug}/realisasi/${YEAR}`;
    let failures = 0;
    const api = await runClients(slots, REQUESTS, async (slot, i) => {
      const k = slot.keys[i % slot.keys.length];
      if (!k) return;
      const res = await send(server.url, slot.session, 'PUT', path, { indicator: k.indicator, period: k.period, value: 50 + (i % 50), narrative: NARRATIVE });
      if (res.status !== 200) failures++;
      await res.arrayBuffer();
    });
    await stopServer(server);

    const pool = new pg.Pool({ connectionString: pgServer.url, max: 20 });
    const bare = await runClients(slots, REQUESTS, async (slot, i) => {
      const k = slot.keys[i % slot.keys.length];
      if (!k) return;
      await pool.query(
        `insert into indicator_value (pemda_id, indicator_id, kind, period, value, status, narrative, updated_at)
         values ($1, $2, 'realization', $3, $4, 'draft', $5, now())
         on conflict (indicator_id, kind, period) do update set value = excluded.value, narrative = excluded.narrative, updated_at = now()`,
        [imported.pemdaId, k.indicator, k.period, String(50 + (i % 50)), JSON.stringify(NARRATIVE)],
      );
    });
    await pool.end();
    const note = `${REQUESTS} requests, ${CLIENTS} clients, ${failures} not 200`;
    return [
      result('P1', 'save realisasi p50', percentile(api.latencies, 50), 'ms', percentile(bare.latencies, 50), note),
      result('P1', 'save realisasi p95', percentile(api.latencies, 95), 'ms', percentile(bare.latencies, 95), note),
      result('P1', 'save realisasi p99', percentile(api.latencies, 99), 'ms', percentile(bare.latencies, 99), note),
      result('P1', 'save realisasi throughput', (REQUESTS / api.wallMs) * 1000, 'req/s', (REQUESTS / bare.wallMs) * 1000, note),
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    pgServer.stop();
  }
}
