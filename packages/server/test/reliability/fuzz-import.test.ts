/**
 * Fuzzing the JSON dataset importer (`importDataset`) with damaged copies of a real fixture: it
 * either imports, or throws a KinerjaError and changes nothing — the Pemda's row counts in every
 * table stay the same, even when the damaged file replaces an existing plan.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importDataset, slugify, systemActor, type Database } from '@kinerja/db';
import { testDatabase, uniqueSlug } from '@kinerja/db/testing';
import { isKinerjaError } from '@kinerja/domain';
import { fixtureFor } from '../helpers.ts';
import { applyMutations, mutation } from './mutate.ts';
import { pemdaIdOfSlug, tenantCounts, tenantTables } from './counts.ts';

let database: Database;
let tables: string[];
beforeAll(async () => {
  database = await testDatabase();
  tables = await tenantTables(database.db);
});
afterAll(async () => database.close());

const FIXTURES = ['kabupaten-paser/paser-2025-renaksi-perubahan.json', 'kabupaten-paser/paser-2024-lkjip.json'] as const;

describe('fuzzing importDataset', () => {
  it.each(FIXTURES)('%s: a damaged file imports whole or changes nothing', async (file) => {
    const name = `Kabupaten Fuzz ${uniqueSlug('i')}`;
    const base = fixtureFor(file, name);
    const first = await importDataset(database.db, base, { actor: systemActor });
    let failures = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (ms) => {
        const damaged = applyMutations(base, ms);
        const before = await tenantCounts(database.db, first.pemdaId, tables);
        const pemdaName = (damaged as { pemda?: { name?: unknown } }).pemda?.name;
        const otherSlug = typeof pemdaName === 'string' && pemdaName !== name ? slugify(pemdaName) : undefined;
        const otherBefore = otherSlug ? await pemdaIdOfSlug(database.db, otherSlug) : undefined;
        try {
          await importDataset(database.db, damaged, { actor: systemActor, replace: true });
        } catch (e) {
          failures++;
          if (!isKinerjaError(e)) throw new Error(`not a KinerjaError: ${String(e)} for ${JSON.stringify(ms).slice(0, 300)}`);
          expect(e.message.length).toBeGreaterThan(0);
          expect(await tenantCounts(database.db, first.pemdaId, tables)).toEqual(before);
          if (otherSlug && !otherBefore) expect(await pemdaIdOfSlug(database.db, otherSlug)).toBeUndefined();
        }
      }),
      { numRuns: 40, seed: 8_2025 },
    );
    expect(failures).toBeGreaterThan(0);
  });
});
