import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDataset, importDataset, type Database } from '../src/index.ts';
import { testDatabase } from '../src/testing.ts';
import { FIXTURES, fixtureFor, testActor } from './fixtures.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database.close();
});

const expected = {
  'paser-2020-iku-iki': { nodes: 69, indicators: 68, values: 0, budgets: 0, documents: 2, units: 13, opd: 'bkpsdm' },
  'paser-2024-lkjip': { nodes: 66, indicators: 68, values: 90, budgets: 60, documents: 4, units: 6, opd: 'bkpsdm' },
  'paser-2025-renaksi-perubahan': { nodes: 65, indicators: 69, values: 897, budgets: 63, documents: 2, units: 4, opd: 'bkpsdm' },
  'kukar-2025-renja': { nodes: 76, indicators: 80, values: 777, budgets: 132, documents: 3, units: 0, opd: 'bkpsdm' },
} as const;

describe('import and export of kinerja-dataset/1', () => {
  it.each(FIXTURES)('%s: imports with the expected counts and exports the same file', async (name) => {
    const file = fixtureFor(name);
    const r = await importDataset(database.db, file, { actor: testActor });
    const { opd, ...counts } = expected[name];
    expect(r.counts).toEqual(counts);
    expect(r.opdSlug).toBe(opd);
    expect(r.pemdaSlug).toMatch(/^kabupaten-(paser|kutai-kartanegara)-t-/);
    const out = await exportDataset(database.db, { pemdaId: r.pemdaId, opdSlug: r.opdSlug, year: r.year });
    expect(out).toStrictEqual(file);
    // the file's own order of nodes and indicators
    expect(out.nodes.map((n) => n.id)).toEqual(file.nodes.map((n) => n.id));
    expect(out.indicators.map((n) => n.id)).toEqual(file.indicators.map((n) => n.id));
  });

  it.each(FIXTURES)('%s: import(export) → export is identical', async (name) => {
    const first = await importDataset(database.db, fixtureFor(name), { actor: testActor });
    const q = { pemdaId: first.pemdaId, opdSlug: first.opdSlug, year: first.year };
    const once = await exportDataset(database.db, q);
    const second = await importDataset(database.db, once, { actor: testActor, replace: true });
    const twice = await exportDataset(database.db, { ...q, pemdaId: second.pemdaId });
    expect(JSON.stringify(twice)).toBe(JSON.stringify(once));
  });

  it('exports database uuids with ids: "stored", references included', async () => {
    const r = await importDataset(database.db, fixtureFor('paser-2024-lkjip'), { actor: testActor });
    const out = await exportDataset(database.db, { pemdaId: r.pemdaId, opdSlug: r.opdSlug, year: r.year }, { ids: 'stored' });
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    const nodeIds = new Set(out.nodes.map((n) => n.id));
    const unitIds = new Set(out.units.map((u) => u.id));
    expect(out.nodes.every((n) => uuid.test(n.id) && (!n.parent || nodeIds.has(n.parent)))).toBe(true);
    expect(out.indicators.every((i) => uuid.test(i.id) && nodeIds.has(i.node))).toBe(true);
    expect(out.units.every((u) => uuid.test(u.id) && (!u.parent || unitIds.has(u.parent)))).toBe(true);
    const s1 = out.nodes.find((n) => n.name === 'Meningkatnya Akuntabilitas Kinerja Perangkat Daerah');
    expect(s1 && uuid.test(s1.id)).toBe(true);
  });

  it('money and decimals survive: paser-2024 P2 pagu and S1.I1 realisasi', async () => {
    const file = fixtureFor('paser-2024-lkjip');
    const r = await importDataset(database.db, file, { actor: testActor });
    const out = await exportDataset(database.db, { pemdaId: r.pemdaId, opdSlug: r.opdSlug, year: r.year });
    const p2 = out.nodes.find((n) => n.id === 'P2');
    expect(p2?.budget).toEqual(file.nodes.find((n) => n.id === 'P2')?.budget);
    expect(p2?.budget?.['2024']).toBe(11_149_647_100);
  });
});
