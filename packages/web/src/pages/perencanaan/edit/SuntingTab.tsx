import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { scheduleWarnings, type DatasetNode } from '@kinerja/domain';
import { id } from '../../../i18n/id.ts';
import { Card, Loading } from '../../../ui/index.ts';
import { buildColumns, defaultView, type PeriodView } from '../grid/columns.ts';
import { at, clampCursor, rangeOf, type Cursor } from '../grid/cursor.ts';
import { columnLabel } from '../grid/labels.ts';
import { planPaste } from '../grid/paste.ts';
import { hasUnsaved } from '../grid/pending.ts';
import { childKindOf, type GridRow } from '../grid/rows.ts';
import { planBase, type Workspace } from '../planning-api.ts';
import { LockIcon } from '../icons.tsx';
import { DeleteRowDialog } from './DeleteRowDialog.tsx';
import { PlanSheet, type EditingCell, type SheetAction } from './PlanSheet.tsx';
import { SheetToolbar } from './SheetToolbar.tsx';
import { isDraft, useGridEditing } from './useGridEditing.ts';
import { WarningsList } from './WarningsList.tsx';
import './Sheet.css';

const t = id.planningEdit;

interface SuntingTabProps {
  pemda: string;
  opd: string;
  year: number;
  /** The workspace answer and its generation: a new generation starts the editor afresh. */
  ws: Workspace;
  generation: number;
  loading: boolean;
  onChanged: () => void;
}

/** The "Sunting" tab: the plan as an editable grid, saved row by row, with the checker's warnings. */
export function SuntingTab(props: SuntingTabProps) {
  if (props.loading) return <Loading />;
  return <SuntingBody key={props.generation} ws={props.ws} base={planBase(props.pemda, props.opd, props.year)} onChanged={props.onChanged} />;
}

function readOnlyText(ws: Workspace): string | null {
  if (ws.locked) {
    const doc = id.perencanaan.docKinds[ws.locked.kind] ?? ws.locked.kind.toUpperCase();
    return t.readOnlyLocked(doc, ws.locked.versionNo, (id.perencanaan.docStatuses[ws.locked.status] ?? ws.locked.status).toLowerCase());
  }
  return ws.canEdit ? null : t.readOnlyRole;
}

function SuntingBody({ ws, base, onChanged }: { ws: Workspace; base: string; onChanged: () => void }) {
  const year = ws.year;
  const editing = useGridEditing(base, ws.plan, onChanged);
  const { rows, plan } = editing;
  const [params, setParams] = useSearchParams();
  const renstra = plan.renstra ? { start: plan.renstra.start, end: plan.renstra.end } : null;
  const views: PeriodView[] = renstra ? ['tahun', 'renstra', 'triwulan', 'bulan'] : ['tahun', 'triwulan', 'bulan'];
  const initialView = useMemo(() => defaultView(ws.plan.indicators.flatMap((i) => Object.keys(i.targets ?? {}))), [ws.plan]);
  const asked = params.get('periode') as PeriodView | null;
  const view = asked && views.includes(asked) ? asked : initialView;
  const cols = useMemo(() => buildColumns(view, year, renstra), [view, year, renstra?.start, renstra?.end]);
  const warnings = useMemo(() => scheduleWarnings({ year, nodes: plan.nodes, indicators: plan.indicators }), [plan, year]);
  const [cursor, setCursor] = useState<Cursor>(at(0, 1));
  const [cell, setCell] = useState<EditingCell | null>(null);
  const [newRow, setNewRow] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<GridRow | null>(null);
  const [notice, setNotice] = useState<{ text: string; errors: string[] } | null>(null);
  const readOnly = readOnlyText(ws);
  const nameCol = cols.findIndex((c) => c.kind === 'name');
  const current = clampCursor(cursor, { rows: rows.length, cols: cols.length });
  const selected = rows[current.row];

  useEffect(() => {
    if (!newRow) return;
    const index = rows.findIndex((r) => r.id === newRow);
    if (index < 0) return;
    setCursor(at(index, nameCol));
    setCell({ row: index, col: nameCol, initial: '' });
    setNewRow(null);
  }, [newRow, rows, nameCol]);

  useEffect(() => {
    if (!hasUnsaved(editing.pending)) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [editing.pending]);

  const selectedNode: DatasetNode | null = selected ? selected.node : null;
  const childKind = selectedNode && !isDraft(selectedNode.id) ? childKindOf(selectedNode.kind) : null;

  const act = (a: SheetAction) => {
    if (readOnly) return;
    if (a === 'delete') {
      if (selected) setToDelete(selected);
    } else if (a === 'child') {
      if (!selectedNode) setNewRow(editing.addNode(null, 'tujuan'));
      else if (childKind) setNewRow(editing.addNode(selectedNode, childKind));
    } else if (selectedNode && !isDraft(selectedNode.id)) setNewRow(editing.addIndicator(selectedNode));
  };

  const paste = (text: string) => {
    const p = planPaste(text, rangeOf(current), rows, cols);
    editing.commit(p.edits);
    setNotice({
      text: [t.pasted(p.edits.length, p.skipped), p.errors.length ? t.pasteErrors(p.errors.length) : ''].filter(Boolean).join(' '),
      errors: p.errors.map((e) => t.cellError(columnLabel(e.col), e.row + 1, `"${e.value}" — ${e.message}`)),
    });
  };

  const goTo = (ref: string) => {
    const index = rows.findIndex((r) => r.id === ref);
    if (index < 0) return;
    setCursor(at(index, nameCol));
    window.requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-cell="${index}:${nameCol}"]`)?.focus());
  };

  return (
    <div className="stack">
      {readOnly ? (
        <div className="sheet-banner" role="note">
          <LockIcon /> {readOnly}
        </div>
      ) : null}
      <Card title={ws.canEdit ? t.gridTitle : t.gridTitleReadOnly}>
        <SheetToolbar
          view={view}
          views={views}
          onView={(v) =>
            setParams(
              (prev) => {
                const next = new URLSearchParams(prev);
                next.set('periode', v);
                return next;
              },
              { replace: true },
            )
          }
          readOnly={Boolean(readOnly)}
          childKind={childKind ? (id.perencanaan.kinds[childKind] ?? childKind) : null}
          canAddIndicator={Boolean(selectedNode && !isDraft(selectedNode.id))}
          canDelete={Boolean(selected)}
          onAddRoot={() => setNewRow(editing.addNode(null, 'tujuan'))}
          onAction={act}
        />
        {readOnly ? null : <p className="sheet-help">{t.gridHelp}</p>}
        <WarningsList
          warnings={warnings}
          nameOf={(ref) => {
            const r = rows.find((x) => x.id === ref);
            return r ? (r.type === 'node' ? r.node.name : r.indicator.name) : null;
          }}
          onGo={goTo}
        />
        <div role="status" className="sheet-notice">
          {notice ? (
            <>
              {notice.text}
              {notice.errors.length ? (
                <ul>
                  {notice.errors.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              ) : null}
            </>
          ) : null}
        </div>
        {rows.length === 0 ? <p className="sheet-empty">{t.empty}</p> : null}
        <PlanSheet
          year={year}
          rows={rows}
          cols={cols}
          readOnly={Boolean(readOnly)}
          pending={editing.pending}
          warnings={warnings}
          cursor={current}
          onCursor={setCursor}
          editing={cell}
          onEditing={setCell}
          onCommit={editing.commit}
          onPaste={paste}
          onAction={act}
          onRetry={editing.retry}
          onCancelDraft={(row) => void editing.remove(row)}
          rowKey={editing.rowKey}
        />
      </Card>
      <DeleteRowDialog row={toDelete} plan={plan} onDelete={editing.remove} onClose={() => setToDelete(null)} />
    </div>
  );
}
