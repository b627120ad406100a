/**
 * Values entered in the app after an import come back in the export even when the source file had
 * no such map: the Rencana Aksi 2025 has no `realizations` and no `budget_realization`, and the
 * operators' realisasi of the working year must reach the dashboards, reports and backups.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDataset, importDataset, schema, type Database } from '../src/index.ts';
import { testDatabase } from '../src/testing.ts';
import { fixtureFor, testActor } from './fixtures.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('export of values entered after an import', () => {
  it('realisasi and realisasi anggaran of the Rencana Aksi 2025 are exported; nothing else changes', async () => {
    const file = fixtureFor('paser-2025-renaksi-perubahan');
    const r = await importDataset(database.db, file, { actor: testActor });
    const q = { pemdaId: r.pemdaId, opdSlug: r.opdSlug, year: r.year };
    const before = await exportDataset(database.db, q);
    expect(before.indicators.every((i) => i.realizations === undefined)).toBe(true);

    const ti = before.indicators.findIndex((i) => i.targets && Object.keys(i.targets).length > 0);
    const ni = before.nodes.findIndex((n) => n.kind === 'subkegiatan');
    const stored = await exportDataset(database.db, q, { ids: 'stored' });
    const target = before.indicators[ti];
    const leaf = before.nodes[ni];
    const indicatorId = stored.indicators[ti]?.id;
    const nodeId = stored.nodes[ni]?.id;
    if (!target || !leaf || !indicatorId || !nodeId) throw new Error('fixture changed: no indicator with targets or no sub kegiatan');
    await database.db.insert(schema.indicatorValue).values({ pemdaId: r.pemdaId, indicatorId, kind: 'realization', period: '2025-Q1', value: '79.2', status: 'approved' });
    await database.db
      .insert(schema.nodeBudget)
      .values({ pemdaId: r.pemdaId, nodeId, period: '2025', realisasi: 1_234_567_890 })
      .onConflictDoUpdate({ target: [schema.nodeBudget.nodeId, schema.nodeBudget.period], set: { realisasi: 1_234_567_890 } });

    const after = await exportDataset(database.db, q);
    expect(after.indicators.find((i) => i.id === target.id)?.realizations).toEqual({ '2025-Q1': 79.2 });
    expect(after.nodes.find((n) => n.id === leaf.id)?.budget_realization).toEqual({ '2025': 1_234_567_890 });
    // every other row is exactly as before
    expect(after.indicators.filter((i) => i.id !== target.id)).toStrictEqual(before.indicators.filter((i) => i.id !== target.id));
    expect(after.nodes.filter((n) => n.id !== leaf.id)).toStrictEqual(before.nodes.filter((n) => n.id !== leaf.id));
  });
});
