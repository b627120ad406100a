/**
 * Paste from Word/Excel: without `confirm` a preview (what the mapper understood, every bad cell
 * by row and column) and nothing saved; with `confirm: true` the rows are saved in one transaction
 * with their audit rows — and refused whole (400) while any cell is bad.
 */
import type { Db } from '@kinerja/db';
import { KinerjaError, mapPaste, PASTE_FIELDS, type PasteField, type PasteResult } from '@kinerja/domain';
import type { SessionUser } from '../../permissions.ts';
import { parse } from '../../http/problem.ts';
import type { PlanRef } from '../plans/resolve-plan.ts';
import { pasteInput } from './inputs.ts';
import { pm } from './messages.ts';
import { editablePlan } from './plan-access.ts';
import { loadNode } from './rows.ts';
import { saveRows, type SaveCounts } from './save-rows.ts';

export interface PasteAnswer extends PasteResult {
  saved: SaveCounts | null;
}

const isField = (f: string): f is PasteField => (PASTE_FIELDS as readonly string[]).includes(f);

export function mappingOf(raw: Record<string, string> | undefined): Partial<Record<number, PasteField>> {
  const out: Partial<Record<number, PasteField>> = {};
  for (const [k, f] of Object.entries(raw ?? {})) {
    if (!isField(f)) throw new KinerjaError('invalid', `Kolom ${Number(k) + 1}: pemetaan "${f}" tidak dikenal.`, `mapping.${k}`);
    out[Number(k)] = f;
  }
  return out;
}

/** Saves mapped rows, or throws 400 with the first bad cell when there is any. */
export async function applyRows(db: Db, user: SessionUser, ref: PlanRef, result: PasteResult, underId: string | null): Promise<SaveCounts> {
  if (result.errors.length > 0) {
    const e = result.errors[0];
    throw new KinerjaError('invalid', pm.pasteHasErrors(result.errors.length), e ? `baris ${e.row}, kolom ${e.column}` : undefined, { errors: result.errors });
  }
  return db.transaction(async (tx) => {
    const s = await editablePlan(tx, user, ref);
    if (underId) await loadNode(tx, s.pemda.id, s.plan.id, underId, 'underId');
    return saveRows(tx, s, result.rows, underId);
  });
}

export async function pasteTable(db: Db, user: SessionUser, ref: PlanRef, body: unknown): Promise<PasteAnswer> {
  const input = parse(pasteInput, body);
  const s = await editablePlan(db, user, ref);
  const result = mapPaste(input.text, {
    year: s.plan.year,
    mapping: mappingOf(input.mapping),
    ...(input.headerRows !== undefined ? { headerRows: input.headerRows } : {}),
  });
  if (!input.confirm) return { ...result, saved: null };
  return { ...result, saved: await applyRows(db, user, ref, result, input.underId ?? null) };
}
