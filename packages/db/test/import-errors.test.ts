import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { isKinerjaError, type Dataset } from '@kinerja/domain';
import { findPemdaBySlug, importDataset, schema, slugify, validateDataset, type Database } from '../src/index.ts';
import { testDatabase } from '../src/testing.ts';
import { fixtureFor, testActor } from './fixtures.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database.close();
});

type Break = (d: Dataset) => void;
const setTarget: Break = (d) => {
  const x = d.indicators[12];
  if (x) x.targets = { ...x.targets, '2025-13': 5 };
};
const danglingParent: Break = (d) => {
  const n = d.nodes[3];
  if (n) n.parent = 'S9';
};
const floatRupiah: Break = (d) => {
  const n = d.nodes.find((x) => x.id === 'P1');
  if (n) n.budget = { '2025': 1_234_567.5 };
};
const badIndicatorNode: Break = (d) => {
  const x = d.indicators[0];
  if (x) x.node = 'NOPE';
};
const duplicateId: Break = (d) => {
  const x = d.indicators[1];
  const first = d.nodes[0];
  if (x && first) x.id = first.id;
};
const badKind: Break = (d) => {
  const n = d.nodes[0] as unknown as Record<string, unknown>;
  n.kind = 'bidang';
};
const badFindingRef: Break = (d) => {
  const f = d.findings?.[0];
  if (f) f.ref = 'ZZZ';
};

const cases: [string, Break, string, RegExp][] = [
  ['an unknown period', setTarget, 'indicators[12].targets["2025-13"]', /periode tidak dikenal/],
  ['a dangling parent', danglingParent, 'nodes[3].parent', /"S9" tidak merujuk node/],
  ['a float rupiah', floatRupiah, 'budget["2025"]', /rupiah harus bilangan bulat/],
  ['an indicator on a missing node', badIndicatorNode, 'indicators[0].node', /"NOPE" tidak merujuk node/],
  ['a duplicate id', duplicateId, 'indicators[1].id', /sudah dipakai di nodes\[0\]\.id/],
  ['an unknown node kind', badKind, 'nodes[0].kind', /harus salah satu dari/],
  ['a finding that points nowhere', badFindingRef, 'findings[0].ref', /"ZZZ" tidak merujuk/],
];

describe('a bad file', () => {
  it.each(cases)('with %s changes nothing and names the path', async (_label, brk, path, message) => {
    const file = fixtureFor('paser-2025-renaksi-perubahan');
    brk(file);
    const err = await importDataset(database.db, file, { actor: testActor }).catch((e: unknown) => e);
    expect(isKinerjaError(err) && err.code).toBe('invalid');
    const errors = (isKinerjaError(err) ? (err.details as { errors: { path: string; message: string }[] }).errors : []);
    const hit = errors.find((e) => e.path.endsWith(path));
    expect(hit, JSON.stringify(errors)).toBeDefined();
    expect(hit?.message).toMatch(message);
    expect(await findPemdaBySlug(database.db, slugify(file.pemda.name))).toBeUndefined();
  });

  it('collects several errors in one KinerjaError', () => {
    const file = fixtureFor('paser-2025-renaksi-perubahan');
    setTarget(file);
    danglingParent(file);
    floatRupiah(file);
    const err = (() => {
      try {
        validateDataset(file);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(isKinerjaError(err)).toBe(true);
    // zod errors come first; references are checked once the shape is right
    const errors = isKinerjaError(err) ? (err.details as { errors: unknown[] }).errors : [];
    expect(errors.length).toBe(2);
  });

  it('caps the list at 50 errors', () => {
    const file = fixtureFor('paser-2025-renaksi-perubahan');
    for (const x of file.indicators) x.targets = { ...x.targets, '2025-00': 1 };
    const err = (() => {
      try {
        validateDataset(file);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(isKinerjaError(err) ? (err.details as { errors: unknown[] }).errors.length : 0).toBe(50);
  });

  it('rejects something that is not a dataset', () => {
    expect(() => validateDataset([])).toThrow(/objek JSON/);
    expect(() => validateDataset({ format: 'lain' })).toThrow(/kinerja-dataset\/1/);
  });
});

describe('replace', () => {
  it('refuses an existing plan without replace and swaps it in one transaction with replace', async () => {
    const file = fixtureFor('paser-2024-lkjip');
    const first = await importDataset(database.db, file, { actor: testActor });
    const again = await importDataset(database.db, file, { actor: testActor }).catch((e: unknown) => e);
    expect(isKinerjaError(again) && again.code).toBe('conflict');

    const changed: Dataset = { ...file, nodes: file.nodes.slice(0, 10), indicators: file.indicators.filter((i) => ['T1', 'S1', 'S2'].includes(i.node)) };
    changed.findings = [];
    const second = await importDataset(database.db, changed, { actor: testActor, replace: true });
    expect(second.planId).not.toBe(first.planId);
    expect(second.counts.nodes).toBe(10);

    const plans = await database.db
      .select({ n: count() })
      .from(schema.plan)
      .where(eq(schema.plan.pemdaId, first.pemdaId));
    expect(plans[0]?.n).toBe(1);
    const audit = await database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.pemdaId, first.pemdaId));
    expect(audit.map((a) => a.action)).toEqual(['import', 'import']);
    const last = audit.find((a) => a.entityId === second.planId);
    expect(last?.before).toEqual({ nodes: 66, indicators: 68, values: 90, budgets: 60, documents: 4, units: 6 });
    expect(last?.after).toEqual(second.counts);
  });
});
