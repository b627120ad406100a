/**
 * Imported documents keep the state the source shows: a document with a signing date (the LKjIP
 * 2024 signed 25 Jan 2025, the Renstra reviu signed 31 May 2023) is `signed`, the others drafts;
 * `documentStatus: 'draft'` imports every document as a draft.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { importDataset, schema, type Database } from '../src/index.ts';
import { importedStatus } from '../src/import/rows.ts';
import { testDatabase } from '../src/testing.ts';
import { fixtureFor, testActor, type FixtureName } from './fixtures.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database.close();
});

const statuses = async (planId: string) =>
  (
    await database.db
      .select({ extId: schema.planDocument.extId, kind: schema.planDocument.kind, status: schema.planDocument.status, signed: schema.planDocument.signed })
      .from(schema.planDocument)
      .where(eq(schema.planDocument.planId, planId))
      .orderBy(asc(schema.planDocument.extId))
  ).map((d) => [d.extId, d.kind, d.status, d.signed]);

describe('importedStatus(doc, mode)', () => {
  it.each([
    [{ signed: '2025-01-25' }, 'source', 'signed'],
    [{ signed: null }, 'source', 'draft'],
    [{}, 'source', 'draft'],
    [{ signed: '2025-10-21' }, 'draft', 'draft'],
  ] as const)('%j in mode %s → %s', (doc, mode, status) => {
    expect(importedStatus(doc, mode)).toBe(status);
  });
});

describe('document status on import', () => {
  it.each<[FixtureName, (string | null)[][]]>([
    [
      'paser-2024-lkjip',
      [
        ['D1', 'lkjip', 'signed', '2025-01-25'],
        ['D2', 'pk', 'draft', null],
        ['D3', 'iku', 'draft', null],
        ['D4', 'renstra', 'signed', '2023-05-31'],
      ],
    ],
    [
      'paser-2020-iku-iki',
      [
        ['D1', 'iku', 'signed', '2020-08-31'],
        ['D2', 'iki', 'signed', '2020-08-31'],
      ],
    ],
    [
      'kukar-2025-renja',
      [
        ['D1', 'renja', 'draft', null],
        ['D2', 'rkpd', 'draft', null],
        ['D3', 'renstra', 'draft', null],
      ],
    ],
  ])('%s: signed documents are signed, the others drafts', async (name, expected) => {
    const r = await importDataset(database.db, fixtureFor(name), { actor: testActor });
    expect(await statuses(r.planId)).toEqual(expected);
  });

  it("documentStatus 'draft' keeps the Renaksi Perubahan 2025 (signed 21 Oct 2025) a draft", async () => {
    const r = await importDataset(database.db, fixtureFor('paser-2025-renaksi-perubahan'), { actor: testActor, documentStatus: 'draft' });
    expect(await statuses(r.planId)).toEqual([
      ['D1', 'renaksi', 'draft', '2025-10-21'],
      ['D2', 'pk', 'draft', null],
    ]);
  });
});
