import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { importDataset, schema, type Database } from '../src/index.ts';
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
  });
});
