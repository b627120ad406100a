/**
 * Paste from Word/Excel: without `confirm` a preview — what the mapper understood, every bad cell
 * by row and column, and the exact changes the save would make (the save is run in a transaction
 * that is rolled back, so the preview and the save never disagree) — and nothing saved; with
 * `confirm: true` the rows are saved in one transaction with their audit rows, refused whole
 * (400) while any cell is bad.
 */
import type { Db, Executor } from '@kinerja/db';
import { diffPlans, KinerjaError, mapPaste, PASTE_FIELDS, type CellError, type PasteField, type PasteResult, type PlanDiff } from '@kinerja/domain';
import type { SessionUser } from '../../permissions.ts';
import { parse } from '../../http/problem.ts';
import type { PlanRef } from '../plans/resolve-plan.ts';
import { pasteInput } from './inputs.ts';
import { pm } from './messages.ts';
import { editablePlan, type PlanScope } from './plan-access.ts';
import { loadNode } from './rows.ts';
import { saveRows, type SaveCounts } from './save-rows.ts';
import { livePlan } from './snapshot.ts';

export interface PasteAnswer extends PasteResult {
  /** what was saved (confirm), null for a preview */
  saved: SaveCounts | null;
  /** for a preview, the changes the save would make to the stored plan; null after a save and while a cell is bad */
  changes: PlanDiff | null;
}

/** Work done after the rows are saved, in the same transaction (the XLSX import clears emptied cells); returns the values it changed. */
export type AfterSave = (tx: Executor, s: PlanScope) => Promise<number>;

const isField = (f: string): f is PasteField => (PASTE_FIELDS as readonly string[]).includes(f);

export function mappingOf(raw: Record<string, string> | undefined): Partial<Record<number, PasteField>> {
  const out: Partial<Record<number, PasteField>> = {};
  for (const [k, f] of Object.entries(raw ?? {})) {
    if (!isField(f)) throw new KinerjaError('invalid', `Kolom ${Number(k) + 1}: pemetaan "${f}" tidak dikenal.`, `mapping.${k}`);
    out[Number(k)] = f;
  }
  return out;
}

class Rollback extends Error {
  constructor(readonly outcome: { saved: SaveCounts; changes: PlanDiff }) {
    super('dry run');
  }
}

/** A save refused for a row (e.g. a kegiatan under a sasaran) as a preview error. */
function rowError(e: KinerjaError): CellError {
  const row = Number(/baris (\d+)/.exec(e.where ?? '')?.[1] ?? 0);
  const message = e.where && e.message.startsWith(`${e.where}: `) ? e.message.slice(e.where.length + 2) : e.message;
  return { row, column: 0, header: '', value: '', message };
}

/**
 * Saves mapped rows (confirm) or runs the save and rolls it back (preview). A confirm with any
 * bad cell throws 400 with the first one; a preview with bad cells returns them and no changes.
 */
export async function applyRows(
  db: Db,
  user: SessionUser,
  ref: PlanRef,
  result: PasteResult,
  opts: { confirm: boolean; underId?: string | null; after?: AfterSave },
): Promise<PasteAnswer> {
  if (result.errors.length > 0) {
    if (!opts.confirm) return { ...result, saved: null, changes: null };
    const e = result.errors[0];
    throw new KinerjaError('invalid', pm.pasteHasErrors(result.errors.length), e ? `baris ${e.row}, kolom ${e.column}` : undefined, { errors: result.errors });
  }
  const save = async (tx: Executor, s: PlanScope): Promise<SaveCounts> => {
    if (opts.underId) await loadNode(tx, s.pemda.id, s.plan.id, opts.underId, 'underId');
    const saved = await saveRows(tx, s, result.rows, opts.underId ?? null);
    if (opts.after) saved.valuesChanged += await opts.after(tx, s);
    return saved;
  };
  if (opts.confirm) return { ...result, saved: await db.transaction(async (tx) => save(tx, await editablePlan(tx, user, ref))), changes: null };
  try {
    await db.transaction(async (tx) => {
      const s = await editablePlan(tx, user, ref);
      const before = await livePlan(tx, s);
      const saved = await save(tx, s);
      throw new Rollback({ saved, changes: diffPlans(before, await livePlan(tx, s)) });
    });
  } catch (e) {
    if (e instanceof Rollback) return { ...result, saved: null, changes: e.outcome.changes };
    if (e instanceof KinerjaError && e.code === 'invalid') return { ...result, errors: [rowError(e)], saved: null, changes: null };
    throw e;
  }
  throw new Error('dry run did not roll back');
}

export async function pasteTable(db: Db, user: SessionUser, ref: PlanRef, body: unknown): Promise<PasteAnswer> {
  const input = parse(pasteInput, body);
  const s = await editablePlan(db, user, ref);
  const result = mapPaste(input.text, {
    year: s.plan.year,
    mapping: mappingOf(input.mapping),
    ...(input.headerRows !== undefined ? { headerRows: input.headerRows } : {}),
  });
  return applyRows(db, user, ref, result, { confirm: input.confirm === true, underId: input.underId ?? null });
}
