/**
 * Dirty tracking per row: edits waiting to be sent, the edits in flight, and the row's status
 * (`dirty` → `saving` → `saved` | `error`). A row edited again while saving stays dirty and is
 * sent again; a failed row keeps its edits (under any newer ones) so "Coba simpan lagi" resends them.
 */
import { mergeEdits, type Edit } from './changes.ts';

export type RowStatus = 'dirty' | 'saving' | 'saved' | 'error';

export interface RowFailure {
  /** The column and value the server refused (from the failed request's edits), and its message. */
  column: string | null;
  value: string;
  message: string;
}

export interface RowState {
  status: RowStatus;
  waiting: Edit[];
  inFlight: Edit[];
  failure: RowFailure | null;
}

export type Pending = ReadonlyMap<string, RowState>;

const EMPTY: RowState = { status: 'saved', waiting: [], inFlight: [], failure: null };

const put = (p: Pending, rowId: string, s: RowState): Pending => new Map(p).set(rowId, s);

export const rowState = (p: Pending, rowId: string): RowState | undefined => p.get(rowId);

/** New edits of a row: waiting to be sent. */
export function addEdits(p: Pending, rowId: string, edits: readonly Edit[]): Pending {
  const s = p.get(rowId) ?? EMPTY;
  return put(p, rowId, { ...s, status: s.status === 'saving' ? 'saving' : 'dirty', waiting: mergeEdits(s.waiting, edits), failure: s.status === 'error' ? s.failure : null });
}

/** Starts saving a row: its waiting edits go in flight. Null when nothing waits or a save runs. */
export function takeEdits(p: Pending, rowId: string): { pending: Pending; edits: Edit[] } | null {
  const s = p.get(rowId);
  if (!s || s.waiting.length === 0 || s.inFlight.length > 0) return null;
  return { pending: put(p, rowId, { status: 'saving', waiting: [], inFlight: s.waiting, failure: null }), edits: s.waiting };
}

/** The save answered: saved, or dirty again when edits arrived meanwhile. */
export function savedRow(p: Pending, rowId: string): Pending {
  const s = p.get(rowId) ?? EMPTY;
  return put(p, rowId, { status: s.waiting.length > 0 ? 'dirty' : 'saved', waiting: s.waiting, inFlight: [], failure: null });
}

/** The save failed: the edits in flight wait again (newer edits of the same cells win). */
export function failedRow(p: Pending, rowId: string, failure: RowFailure): Pending {
  const s = p.get(rowId) ?? EMPTY;
  return put(p, rowId, { status: 'error', waiting: mergeEdits(s.inFlight, s.waiting), inFlight: [], failure });
}

/** A row created on the server under its stored id keeps its state. */
export function renamePending(p: Pending, from: string, to: string): Pending {
  const s = p.get(from);
  if (!s) return p;
  const next = new Map(p);
  next.delete(from);
  next.set(to, { ...s, waiting: s.waiting.map((e) => ({ ...e, rowId: to })), inFlight: s.inFlight.map((e) => ({ ...e, rowId: to })) });
  return next;
}

export const dropRow = (p: Pending, rowId: string): Pending => {
  const next = new Map(p);
  next.delete(rowId);
  return next;
};

/** Whether anything typed is not yet stored (warn before leaving the page). */
export const hasUnsaved = (p: Pending): boolean => [...p.values()].some((s) => s.status !== 'saved');

/** Rows waiting to be sent (not in flight). */
export const rowsToSend = (p: Pending): string[] => [...p.entries()].filter(([, s]) => s.waiting.length > 0 && s.inFlight.length === 0 && s.status !== 'error').map(([k]) => k);
