import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isKinerjaError } from '@kinerja/domain';
import { backupPemda, importDataset, openDatabase, restorePemda, schema, type Database, type PemdaBackup } from '../src/index.ts';
import { testDatabase, uniqueSlug } from '../src/testing.ts';
import { fixtureFor, testActor } from './fixtures.ts';

let database: Database;
let empty: Database;
beforeAll(async () => {
  database = await testDatabase();
  empty = await openDatabase({});
  await empty.migrate();
});
afterAll(async () => {
  await database.close();
  await empty.close();
});

const withoutRestoreAudit = (b: PemdaBackup): PemdaBackup => ({
  ...b,
  rows: { ...b.rows, audit_log: (b.rows.audit_log ?? []).filter((r) => r.action !== 'restore') },
});

describe('backup and restore of a Pemda', () => {
  it('backup → restore into an empty database → backup again is identical', async () => {
    const suffix = uniqueSlug('t');
    const a = await importDataset(database.db, fixtureFor('paser-2024-lkjip', suffix), { actor: testActor });
    await importDataset(database.db, fixtureFor('paser-2025-renaksi-perubahan', suffix), { actor: testActor });
    const [user] = await database.db
      .insert(schema.appUser)
      .values({ pemdaId: a.pemdaId, username: uniqueSlug('u'), displayName: 'Operator Sekretariat', passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$x$y' })
      .returning();
    await database.db.insert(schema.roleAssignment).values({ pemdaId: a.pemdaId, userId: user?.id ?? '', role: 'admin_opd', opdId: a.opdId });
    const [rules] = await database.db
      .insert(schema.ruleSet)
      .values({ pemdaId: a.pemdaId, key: 'pemda-default', version: 1, params: { tolerance: 0.01 } })
      .returning();
    await database.db.insert(schema.ruleSetAssignment).values({ pemdaId: a.pemdaId, year: 2024, ruleSetId: rules?.id ?? '' });

    const before = await backupPemda(database.db, a.pemdaSlug);
    const counts = Object.fromEntries(Object.entries(before.rows).map(([t, r]) => [t, r.length]));
    expect(counts).toMatchObject({
      pemda: 1,
      opd: 1,
      unit: 7,
      app_user: 1,
      role_assignment: 1,
      rule_set: 1,
      rule_set_assignment: 1,
      plan: 2,
      plan_document: 6,
      plan_node: 131,
      indicator: 137,
      indicator_value: 987,
      node_budget: 123,
      audit_log: 2,
    });
    expect(before.rows.app_user?.[0]?.password_hash).toMatch(/^\$argon2id\$/);

    const restored = await restorePemda(empty.db, JSON.parse(JSON.stringify(before)), { actor: testActor });
    expect(restored.pemdaId).toBe(a.pemdaId);
    const after = await backupPemda(empty.db, a.pemdaSlug);
    expect(JSON.stringify(withoutRestoreAudit(after))).toBe(JSON.stringify(before));
    expect(after.rows.audit_log?.at(-1)?.action).toBe('restore');

    const again = await restorePemda(database.db, before, { actor: testActor }).catch((e: unknown) => e);
    expect(isKinerjaError(again) && again.code).toBe('conflict');
  });

  const bad: [string, unknown][] = [
    ['not an object', 42],
    ['another format', { format: 'kinerja-dataset/1', pemda: {}, rows: {} }],
  ];
  it.each(bad)('refuses a backup that is %s', async (_label, input) => {
    const err = await restorePemda(empty.db, input, { actor: testActor }).catch((e: unknown) => e);
    expect(isKinerjaError(err) && err.code).toBe('invalid');
  });
});
