/** The shared fixtures, each under a Pemda name of its own so tests never collide in one PostgreSQL. */
import { readFileSync } from 'node:fs';
import type { Dataset } from '@kinerja/domain';
import { uniqueSlug } from '../src/testing.ts';

export const FIXTURES = ['paser-2020-iku-iki', 'paser-2024-lkjip', 'paser-2025-renaksi-perubahan', 'kukar-2025-renja'] as const;
export type FixtureName = (typeof FIXTURES)[number];

const dir = new URL('../../../../shared/fixtures/', import.meta.url);

export function readFixture(name: FixtureName): Dataset {
  return JSON.parse(readFileSync(new URL(`${name}.json`, dir), 'utf8')) as Dataset;
}

/** A fixture whose Pemda name ends in a unique suffix (`Kabupaten Paser t-ab12cd`). */
export function fixtureFor(name: FixtureName, suffix: string = uniqueSlug('t')): Dataset {
  const d = readFixture(name);
  return { ...d, pemda: { ...d.pemda, name: `${d.pemda.name} ${suffix}` } };
}

export const testActor = { id: null, name: 'test' };
