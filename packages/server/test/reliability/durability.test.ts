/**
 * Durability: the real server under a write load (one-realisation saves, and whole-plan imports
 * as the multi-row write) is killed with SIGKILL mid-load, restarted on the same data, and every
 * acknowledged write is compared with what is stored: 0 lost, 0 half-applied (a realisation
 * without its audit row, a plan missing rows or its audit row, an OPD left without its plan).
 * Runs on PGlite in a temp data dir, and on PostgreSQL too when DATABASE_URL is set.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@kinerja/db';
import { httpLogin, killGroup, send, startServer, stopServer, type HttpSession } from './server-process.ts';
import { expectedCounts, opdDataset, opdSlugOf, opdWithoutPlan, PASSWORD, prepare, storedPlans, storedRealisasi, YEAR } from './durability-data.ts';

const PERIODS = [
  ...Array.from({ length: 12 }, (_, m) => `${YEAR}-${String(m + 1).padStart(2, '0')}`),
  `${YEAR}-Q1`, `${YEAR}-Q2`, `${YEAR}-Q3`, `${YEAR}-Q4`, `${YEAR}-S1`, `${YEAR}-S2`, String(YEAR),
];
const CLIENTS = 12;
const KILL_AFTER_ACKS = 150;
const NARRATIVE = { success_factors: 'Koordinasi antarbidang berjalan baik.', obstacles: 'Data masuk terlambat.', follow_up: 'Rapat evaluasi bulanan.' };

interface Key {
  indicator: string;
  unitId: string;
  period: string;
  value: number;
}

const modes: [string, string | undefined][] = [['PGlite', undefined]];
if (process.env.DATABASE_URL) modes.push(['PostgreSQL', process.env.DATABASE_URL]);

describe.each(modes)('durability on %s', (_name, databaseUrl) => {
  it('loses no acknowledged write and half-applies none when killed mid-load', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kinerja-durability-'));
    const open = async (): Promise<Database> => {
      // never openDefaultDatabase here: it would fall back to DATABASE_URL in the PGlite pass
      const d = await openDatabase(databaseUrl ? { url: databaseUrl, poolSize: 2 } : { dataDir });
      if (d.kind === 'pglite') await d.migrate();
      return d;
    };
    try {
      let database = await open();
      const p = await prepare(database.db);
      await database.close();

      const keys: Key[] = [];
      let n = 0;
      for (const period of PERIODS) for (const i of p.indicators) if (i.unitId) keys.push({ indicator: i.id, unitId: i.unitId, period, value: 1000 + ++n / 100 });
      const imports = Array.from({ length: 30 }, (_, k) => opdDataset(p.pemdaName, 10 + k, 20, true));

      let server = await startServer({ dataDir, databaseUrl });
      const sessions = new Map<string, HttpSession>();
      for (const [unitId, username] of p.operators) sessions.set(unitId, await httpLogin(server.url, username, PASSWORD));
      const admin = await httpLogin(server.url, p.admin, PASSWORD);

      const acked: Key[] = [];
      const ackedImports = new Set<string>();
      const refused: string[] = [];
      let killed = false;
      let next = 0;
      const started = Date.now();
      const maybeKill = (): void => {
        if (killed) return;
        if (acked.length >= KILL_AFTER_ACKS || (Date.now() - started > 8_000 && acked.length >= 10) || Date.now() - started > 25_000) {
          killed = true;
          killGroup(server.child, 'SIGKILL');
        }
      };
      const path = `/api/pemda/${p.pemdaSlug}/opd/${p.opdSlug}/realisasi/${YEAR}`;
      const saver = async (): Promise<void> => {
        while (!killed && next < keys.length) {
          const k = keys[next++];
          const s = k && sessions.get(k.unitId);
          if (!k || !s) continue;
          try {
            const res = await send(server.url, s, 'PUT', path, { indicator: k.indicator, period: k.period, value: k.value, narrative: NARRATIVE });
            if (res.status === 200) acked.push(k);
            else refused.push(`${res.status} ${k.period} ${(await res.text()).slice(0, 200)}`);
          } catch {
            /* the connection died with the server: not acknowledged */
          }
          maybeKill();
        }
      };
      const importer = async (): Promise<void> => {
        for (const d of imports) {
          if (killed) return;
          try {
            const res = await send(server.url, admin, 'POST', `/api/pemda/${p.pemdaSlug}/import`, d);
            if (res.status === 200) ackedImports.add(opdSlugOf(d));
            else refused.push(`import ${res.status} ${(await res.text()).slice(0, 200)}`);
          } catch {
            return;
          }
        }
      };
      await Promise.all([importer(), ...Array.from({ length: CLIENTS }, saver)]);
      console.log(`durability: ${acked.length} saves and ${ackedImports.size} imports acknowledged before SIGKILL after ${Date.now() - started} ms`);
      if (!killed) killGroup(server.child, 'SIGKILL');
      await server.exited;
      expect(refused, server.output()).toEqual([]);
      expect(acked.length).toBeGreaterThanOrEqual(10);

      // restart on the same data: it answers, and takes a write
      server = await startServer({ dataDir, databaseUrl });
      const after = keys[next];
      if (after) {
        const s = sessions.get(after.unitId);
        const op = await httpLogin(server.url, p.operators.get(after.unitId) ?? '', PASSWORD);
        expect(s).toBeDefined();
        const res = await send(server.url, op, 'PUT', path, { indicator: after.indicator, period: after.period, value: after.value, narrative: NARRATIVE });
        expect(res.status, await res.clone().text()).toBe(200);
        acked.push(after);
      }
      await stopServer(server);

      database = await open();
      try {
        const stored = await storedRealisasi(database.db, p);
        const byKey = new Map(stored.map((r) => [`${r.indicatorId}|${r.period}`, r]));
        const sent = new Map(keys.map((k) => [`${k.indicator}|${k.period}`, k.value]));
        const lost = acked.filter((k) => Number(byKey.get(`${k.indicator}|${k.period}`)?.value) !== k.value);
        const half = stored.filter((r) => r.audits !== 1 || Number(r.value) !== sent.get(`${r.indicatorId}|${r.period}`));
        expect({ lost: lost.length, halfApplied: half.length }).toEqual({ lost: 0, halfApplied: 0 });
        expect(stored.length).toBeGreaterThanOrEqual(acked.length);

        const plans = await storedPlans(database.db, p);
        const expected = new Map(imports.map((d) => [opdSlugOf(d), expectedCounts(d)]));
        const planLost = [...ackedImports].filter((slug) => !plans.some((x) => x.opdSlug === slug));
        const planHalf = plans.filter((x) => {
          const e = expected.get(x.opdSlug);
          return !e || x.audits !== 1 || x.nodes !== e.nodes || x.indicators !== e.indicators || x.values !== e.values;
        });
        expect({ lost: planLost, halfApplied: planHalf, opdWithoutPlan: await opdWithoutPlan(database.db, p.pemdaId) }).toEqual({ lost: [], halfApplied: [], opdWithoutPlan: [] });
      } finally {
        await database.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 360_000);
});
