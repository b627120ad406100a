/**
 * The Sunting grid's state: the local plan (edits applied at once), the per-row save queue
 * (each row saved by its own requests, one at a time, in order) and new rows that exist only
 * locally until their name is typed ("draft" rows, created with POST then renamed to the stored id).
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Dataset, DatasetIndicator, DatasetNode, NodeKind } from '@kinerja/domain';
import { messageOf } from '../../../api/error.ts';
import { applyEdits, isFieldEdit, removeRow, renameRow, requestsFor, type Edit, type PlanRequest } from '../grid/changes.ts';
import type { Column } from '../grid/columns.ts';
import { columnLabel } from '../grid/labels.ts';
import { addEdits, dropRow, failedRow, renamePending, rowsToSend, savedRow, takeEdits, type Pending, type RowFailure } from '../grid/pending.ts';
import { flattenPlan, type GridRow } from '../grid/rows.ts';
import { sendPlanRequest, type StoredRow } from '../planning-api.ts';

const DRAFT = 'baru-';
export const isDraft = (rowId: string): boolean => rowId.startsWith(DRAFT);

function failureOf(e: unknown, req: PlanRequest | null, edits: readonly Edit[]): RowFailure {
  const hit = req?.keys ? edits.filter((x) => req.keys?.includes(x.col.key)) : edits;
  const cols: Column[] = hit.map((x) => x.col);
  return {
    column: cols.length ? cols.map(columnLabel).join(', ') : null,
    value: hit.map((x) => (x.value === null ? '' : String(x.value))).join(', '),
    message: messageOf(e),
  };
}

export interface GridEditing {
  plan: Dataset;
  rows: GridRow[];
  pending: Pending;
  commit: (edits: readonly Edit[]) => void;
  retry: (rowId: string) => void;
  addNode: (parent: DatasetNode | null, kind: NodeKind) => string;
  addIndicator: (node: DatasetNode) => string;
  remove: (row: GridRow) => Promise<void>;
  /** A stable React key for a row (a created draft keeps its first key). */
  rowKey: (rowId: string) => string;
}

export function useGridEditing(base: string, initial: Dataset, onSaved: () => void): GridEditing {
  const [plan, setPlanState] = useState(initial);
  const [pending, setPendingState] = useState<Pending>(() => new Map());
  const planRef = useRef(plan);
  const pendingRef = useRef(pending);
  const creating = useRef(new Set<string>());
  /** Draft id → stored id: an editor opened on a draft may commit after the row was created. */
  const aliases = useRef(new Map<string, string>());
  /** Stored id → the draft id it was born with: the row keeps its React key, so focus stays in it. */
  const keys = useRef(new Map<string, string>());
  const counter = useRef(0);

  const setPlan = useCallback((f: (p: Dataset) => Dataset) => {
    planRef.current = f(planRef.current);
    setPlanState(planRef.current);
  }, []);
  const setPending = useCallback((f: (p: Pending) => Pending) => {
    pendingRef.current = f(pendingRef.current);
    setPendingState(pendingRef.current);
  }, []);

  const flushRef = useRef<(rowId: string) => Promise<void>>(async () => undefined);

  const create = useCallback(
    async (rowId: string) => {
      const node = planRef.current.nodes.find((n) => n.id === rowId);
      const ind = node ? undefined : planRef.current.indicators.find((i) => i.id === rowId);
      const name = node?.name ?? ind?.name ?? '';
      if (!name || creating.current.has(rowId)) return;
      const taken = takeEdits(pendingRef.current, rowId);
      if (!taken) return;
      creating.current.add(rowId);
      setPending(() => taken.pending);
      const req: PlanRequest = node
        ? { method: 'POST', path: 'nodes', body: { kind: node.kind, parentId: node.parent ?? null, name, code: node.code ?? undefined } }
        : { method: 'POST', path: 'indicators', body: { nodeId: ind?.node, name, unit: ind?.unit ?? undefined, polarity: ind?.polarity ?? undefined, aggregation: ind?.aggregation ?? undefined } };
      const type = node ? 'node' : 'indicator';
      try {
        const stored = await sendPlanRequest<StoredRow>(base, req);
        aliases.current.set(rowId, stored.id);
        keys.current.set(stored.id, rowId);
        setPlan((p) => renameRow(p, type, rowId, stored.id));
        setPending((p) => savedRow(renamePending(p, rowId, stored.id), stored.id));
        const rest = taken.edits.filter((e) => !isFieldEdit(e)).map((e) => ({ ...e, rowId: stored.id }));
        if (rest.length > 0) setPending((p) => addEdits(p, stored.id, rest));
        onSaved();
        if (rowsToSend(pendingRef.current).includes(stored.id)) void flushRef.current(stored.id);
      } catch (e) {
        setPending((p) => failedRow(p, rowId, failureOf(e, null, taken.edits.filter(isFieldEdit))));
      } finally {
        creating.current.delete(rowId);
      }
    },
    [base, onSaved, setPending, setPlan],
  );

  const flush = useCallback(
    async (rowId: string) => {
      if (isDraft(rowId)) return create(rowId);
      const taken = takeEdits(pendingRef.current, rowId);
      if (!taken) return;
      setPending(() => taken.pending);
      const type = taken.edits[0]?.rowType ?? 'node';
      for (const req of requestsFor(type, rowId, taken.edits)) {
        try {
          await sendPlanRequest(base, req);
        } catch (e) {
          setPending((p) => failedRow(p, rowId, failureOf(e, req, taken.edits)));
          return;
        }
      }
      setPending((p) => savedRow(p, rowId));
      onSaved();
      if (rowsToSend(pendingRef.current).includes(rowId)) void flushRef.current(rowId);
    },
    [base, create, onSaved, setPending],
  );
  flushRef.current = flush;

  const commit = useCallback(
    (given: readonly Edit[]) => {
      if (given.length === 0) return;
      const edits = given.map((e) => {
        const alias = aliases.current.get(e.rowId);
        return alias ? { ...e, rowId: alias } : e;
      });
      setPlan((p) => applyEdits(p, edits));
      const byRow = new Map<string, Edit[]>();
      for (const e of edits) byRow.set(e.rowId, [...(byRow.get(e.rowId) ?? []), e]);
      setPending((p) => [...byRow].reduce((acc, [rowId, list]) => addEdits(acc, rowId, list), p));
      for (const rowId of byRow.keys()) void flush(rowId);
    },
    [flush, setPending, setPlan],
  );

  const retry = useCallback(
    (rowId: string) => {
      setPending((p) => {
        const s = p.get(rowId);
        return s ? new Map(p).set(rowId, { ...s, status: 'dirty' }) : p;
      });
      void flush(rowId);
    },
    [flush, setPending],
  );

  const addNode = useCallback(
    (parent: DatasetNode | null, kind: NodeKind) => {
      const rowId = `${DRAFT}${++counter.current}`;
      const node: DatasetNode = { id: rowId, kind, parent: parent?.id ?? null, name: '' };
      setPlan((p) => ({ ...p, nodes: [...p.nodes, node] }));
      return rowId;
    },
    [setPlan],
  );

  const addIndicator = useCallback(
    (node: DatasetNode) => {
      const rowId = `${DRAFT}${++counter.current}`;
      const ind: DatasetIndicator = { id: rowId, node: node.id, name: '' };
      setPlan((p) => ({ ...p, indicators: [...p.indicators, ind] }));
      return rowId;
    },
    [setPlan],
  );

  const remove = useCallback(
    async (row: GridRow) => {
      if (!isDraft(row.id)) {
        await sendPlanRequest(base, { method: 'DELETE', path: `${row.type === 'node' ? 'nodes' : 'indicators'}/${row.id}` });
        onSaved();
      }
      setPlan((p) => removeRow(p, row.type, row.id));
      setPending((p) => dropRow(p, row.id));
    },
    [base, onSaved, setPending, setPlan],
  );

  const rows = useMemo(() => flattenPlan(plan), [plan]);
  const rowKey = useCallback((rowId: string) => keys.current.get(rowId) ?? rowId, []);
  return { plan, rows, pending, commit, retry, addNode, addIndicator, remove, rowKey };
}
