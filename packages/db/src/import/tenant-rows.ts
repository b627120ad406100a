/** Finds or creates the Pemda, the OPD and the units a dataset names. */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Dataset } from '@kinerja/domain';
import type { Executor } from '../client.ts';
import { opd, pemda, unit } from '../schema.ts';
import { slugify } from '../slug.ts';
import { findOpd, findPemdaBySlug, type OpdRow, type PemdaRow } from '../tenant.ts';

export async function findOrCreatePemda(tx: Executor, d: Dataset): Promise<PemdaRow> {
  const slug = slugify(d.pemda.name);
  const found = await findPemdaBySlug(tx, slug);
  if (found) return found;
  const [row] = await tx
    .insert(pemda)
    .values({ slug, name: d.pemda.name, province: d.pemda.province ?? null })
    .returning();
  if (!row) throw new Error('insert pemda returned nothing');
  return row;
}

export async function findOrCreateOpd(tx: Executor, pemdaId: string, d: Dataset): Promise<OpdRow> {
  const slug = slugify(d.opd.abbr || d.opd.name);
  const found = await findOpd(tx, pemdaId, slug);
  if (found) return found;
  const [row] = await tx
    .insert(opd)
    .values({
      pemdaId,
      slug,
      name: d.opd.name,
      abbr: d.opd.abbr ?? null,
      address: d.opd.address ?? null,
      head: d.opd.head ?? null,
    })
    .returning();
  if (!row) throw new Error('insert opd returned nothing');
  return row;
}

/** Units by name per OPD (shared across years): returns the file's unit id → database id. */
export async function ensureUnits(tx: Executor, pemdaId: string, opdId: string, d: Dataset): Promise<Map<string, string>> {
  const existing = await tx
    .select({ id: unit.id, name: unit.name })
    .from(unit)
    .where(and(eq(unit.pemdaId, pemdaId), eq(unit.opdId, opdId)));
  const byName = new Map(existing.map((u) => [u.name, u.id] as const));
  const ids = new Map<string, string>();
  const created = new Set<string>();
  for (const u of d.units) {
    let id = byName.get(u.name);
    if (!id) {
      id = randomUUID();
      byName.set(u.name, id);
      created.add(u.id);
    }
    ids.set(u.id, id);
  }
  const fresh = d.units.filter((u) => created.has(u.id));
  if (fresh.length > 0) {
    await tx.insert(unit).values(
      fresh.map((u) => ({
        id: ids.get(u.id) ?? '',
        pemdaId,
        opdId,
        parentId: u.parent ? (ids.get(u.parent) ?? null) : null,
        name: u.name,
      })),
    );
  }
  return ids;
}
