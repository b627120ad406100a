import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { isKinerjaError } from '@kinerja/domain';
import { findPlan, getOpd, importDataset, listOpd, schema, type Database } from '../src/index.ts';
import { testDatabase, uniqueSlug } from '../src/testing.ts';
import { fixtureFor, testActor } from './fixtures.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('lineage keys and shared units across years', () => {
  it("link Paser's 2024 and 2025 tujuan, sasaran and programs whose names match", async () => {
    const suffix = uniqueSlug('t');
    const a = await importDataset(database.db, fixtureFor('paser-2024-lkjip', suffix), { actor: testActor });
    const b = await importDataset(database.db, fixtureFor('paser-2025-renaksi-perubahan', suffix), { actor: testActor });
    expect(b.pemdaId).toBe(a.pemdaId);
    expect(b.opdId).toBe(a.opdId);

    const nodesOf = (planId: string) =>
      database.db
        .select({ extId: schema.planNode.extId, key: schema.planNode.lineageKey })
        .from(schema.planNode)
        .where(and(eq(schema.planNode.pemdaId, a.pemdaId), eq(schema.planNode.planId, planId)));
    const y2024 = new Map((await nodesOf(a.planId)).map((n) => [n.extId, n.key] as const));
    const y2025 = new Map((await nodesOf(b.planId)).map((n) => [n.extId, n.key] as const));

    const links: [string, string, boolean][] = [
      ['T1', 'T1', true],
      ['S1', 'S1', true],
      ['S2', 'S2', true],
      ['P2', 'P2A', true],
      ['P3', 'P3', true],
      // "Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota" vs "… Pemerintah Daerah Lainnya"
      ['P1', 'P1', false],
    ];
    for (const [old, now, linked] of links) {
      expect(y2024.get(old) === y2025.get(now), `${old} ↔ ${now}`).toBe(linked);
    }
    expect(y2024.get('S1')).toBe('sasaran:meningkatnya akuntabilitas kinerja perangkat daerah');

    const units = await database.db
      .select({ name: schema.unit.name })
      .from(schema.unit)
      .where(and(eq(schema.unit.pemdaId, a.pemdaId), eq(schema.unit.opdId, a.opdId)));
    // 6 units in 2024, 4 in 2025; Sekretariat and two Bidang are shared, one Bidang is new
    expect(units.length).toBe(7);

    // tenant helpers: the OPD with the years of its plans; another Pemda's id reaches nothing
    const k = await importDataset(database.db, fixtureFor('kukar-2025-renja', suffix), { actor: testActor });
    expect((await listOpd(database.db, a.pemdaId)).map((o) => [o.slug, o.years])).toEqual([['bkpsdm', [2024, 2025]]]);
    expect((await getOpd(database.db, a.pemdaId, 'bkpsdm')).id).toBe(a.opdId);
    const other = await getOpd(database.db, k.pemdaId, 'bkpsdm');
    expect(other.id).not.toBe(a.opdId);
    expect(await findPlan(database.db, k.pemdaId, a.opdId, 2024)).toBeUndefined();
    expect((await findPlan(database.db, a.pemdaId, a.opdId, 2025))?.id).toBe(b.planId);
    const missing = await getOpd(database.db, a.pemdaId, 'dinkes').catch((e: unknown) => e);
    expect(isKinerjaError(missing) && missing.code).toBe('not_found');
  });
});
