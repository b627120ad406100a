import { useEffect, useRef, type ClipboardEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { warningsFor, type CheckFinding } from '@kinerja/domain';
import { id } from '../../../i18n/id.ts';
import { applies, cellValue, displayText, editText } from '../grid/cells.ts';
import type { Edit } from '../grid/changes.ts';
import type { Column } from '../grid/columns.ts';
import { at, inRange, move, rangeOf, startsTyping, type Cursor } from '../grid/cursor.ts';
import { columnLabel } from '../grid/labels.ts';
import type { Pending } from '../grid/pending.ts';
import type { GridRow } from '../grid/rows.ts';
import { CellEditor, type EditorExit, type EditorResult } from './CellEditor.tsx';
import { RowStatus } from './RowStatus.tsx';
import { isDraft } from './useGridEditing.ts';

const t = id.planningEdit;

export interface EditingCell {
  row: number;
  col: number;
  initial: string;
}

export type SheetAction = 'child' | 'indicator' | 'delete';

interface PlanSheetProps {
  year: number;
  rows: readonly GridRow[];
  cols: readonly Column[];
  readOnly: boolean;
  pending: Pending;
  warnings: readonly CheckFinding[];
  cursor: Cursor;
  onCursor: (c: Cursor) => void;
  editing: EditingCell | null;
  onEditing: (e: EditingCell | null) => void;
  onCommit: (edits: Edit[]) => void;
  onPaste: (text: string) => void;
  onAction: (action: SheetAction) => void;
  onRetry: (rowId: string) => void;
  onCancelDraft: (row: GridRow) => void;
  rowKey: (rowId: string) => string;
}

const EXIT_KEY: Record<Exclude<EditorExit, 'stay'>, { key: string; shift?: boolean }> = {
  down: { key: 'Enter' },
  up: { key: 'Enter', shift: true },
  right: { key: 'Tab' },
  left: { key: 'Tab', shift: true },
};

/**
 * The Sunting grid: a WAI-ARIA grid over the plan rows. One cell is in the tab order; arrows,
 * Home/End, PageUp/PageDown move; Shift extends a range; Enter/F2 or typing edits; Delete clears;
 * Ctrl+V pastes a block copied from Excel/Word; Ctrl+C copies the selected cells.
 */
export function PlanSheet(props: PlanSheetProps) {
  const { rows, cols, cursor, editing, readOnly } = props;
  const table = useRef<HTMLTableElement>(null);
  const size = { rows: rows.length, cols: cols.length };
  const range = rangeOf(cursor);

  useEffect(() => {
    if (editing || !table.current?.contains(document.activeElement)) return;
    const cell = table.current.querySelector<HTMLElement>(`[data-cell="${cursor.row}:${cursor.col}"]`);
    if (cell && cell !== document.activeElement) cell.focus();
  }, [cursor, editing]);

  /** After the editor closes (its input leaves the DOM) the focus goes back to the grid's cursor cell. */
  const focusCell = (c: Cursor) => {
    window.requestAnimationFrame(() => table.current?.querySelector<HTMLElement>(`[data-cell="${c.row}:${c.col}"]`)?.focus());
  };

  const startEdit = (initial?: string) => {
    const row = rows[cursor.row];
    const col = cols[cursor.col];
    if (readOnly || !row || !col || !applies(row, col)) return;
    props.onEditing({ row: cursor.row, col: cursor.col, initial: initial ?? editText(row, col) });
  };

  const clearRange = () => {
    const edits: Edit[] = [];
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        const row = rows[r];
        const col = cols[c];
        if (row && col && col.kind !== 'name' && applies(row, col) && editText(row, col) !== '') edits.push({ rowId: row.id, rowType: row.type, col, value: null });
      }
    }
    props.onCommit(edits);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (editing) return;
    if (e.altKey && (e.key === 'n' || e.key === 'N' || e.code === 'KeyN')) {
      e.preventDefault();
      props.onAction('child');
      return;
    }
    if (e.altKey && (e.key === 'i' || e.key === 'I' || e.code === 'KeyI')) {
      e.preventDefault();
      props.onAction('indicator');
      return;
    }
    if (e.ctrlKey && e.key === 'Delete') {
      e.preventDefault();
      props.onAction('delete');
      return;
    }
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      startEdit();
      return;
    }
    if ((e.key === 'Delete' || e.key === 'Backspace') && !readOnly) {
      e.preventDefault();
      clearRange();
      return;
    }
    if (e.key === 'Escape') {
      props.onCursor(at(cursor.row, cursor.col));
      return;
    }
    if (startsTyping({ key: e.key, ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey })) {
      e.preventDefault();
      startEdit(e.key);
      return;
    }
    const next = move(cursor, { key: e.key, shift: e.shiftKey, ctrl: e.ctrlKey || e.metaKey }, size);
    if (!next) return;
    if (e.key === 'Tab' && next.row === cursor.row && next.col === cursor.col) return; // let Tab leave the grid
    e.preventDefault();
    props.onCursor(next);
  };

  const onPaste = (e: ClipboardEvent<HTMLTableElement>) => {
    if (editing || readOnly) return;
    e.preventDefault();
    props.onPaste(e.clipboardData.getData('text/plain'));
  };

  const onCopy = (e: ClipboardEvent<HTMLTableElement>) => {
    if (editing) return;
    e.preventDefault();
    const lines: string[] = [];
    for (let r = range.top; r <= range.bottom; r++) {
      const cells: string[] = [];
      for (let c = range.left; c <= range.right; c++) {
        const row = rows[r];
        const col = cols[c];
        cells.push(row && col ? editText(row, col) : '');
      }
      lines.push(cells.join('\t'));
    }
    e.clipboardData.setData('text/plain', lines.join('\n'));
  };

  const onEditorDone = (row: GridRow, col: Column, result: EditorResult) => {
    props.onEditing(null);
    if (result === null) {
      if (isDraft(row.id) && !(row.type === 'node' ? row.node.name : row.indicator.name)) props.onCancelDraft(row);
      focusCell(cursor);
      return;
    }
    if (result.value !== cellValue(row, col) || isDraft(row.id)) {
      props.onCommit([{ rowId: row.id, rowType: row.type, col, value: result.value }]);
    }
    if (result.exit === 'stay') return; // left with the mouse: the clicked cell keeps the focus
    const next = move(cursor, EXIT_KEY[result.exit], size) ?? cursor;
    props.onCursor(next);
    focusCell(next);
  };

  const onCellMouseDown = (e: MouseEvent, r: number, c: number) => {
    if (editing && editing.row === r && editing.col === c) return;
    props.onCursor(e.shiftKey ? { row: r, col: c, anchorRow: cursor.anchorRow, anchorCol: cursor.anchorCol } : at(r, c));
  };

  return (
    <div className="sheet-wrap">
      <table ref={table} className="sheet" role="grid" aria-label={t.gridLabel(props.year)} aria-rowcount={rows.length + 1} aria-readonly={readOnly || undefined} onKeyDown={onKeyDown} onPaste={onPaste} onCopy={onCopy}>
        <thead>
          <tr>
            <th scope="col" className="sheet__kind">
              {t.colKind}
            </th>
            {cols.map((c) => (
              <th key={c.key} scope="col" className={`sheet__head sheet__head--${c.kind}`}>
                {columnLabel(c)}
              </th>
            ))}
            <th scope="col" className="sheet__head sheet__head--status">
              {t.colStatus}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => {
            const kind = row.type === 'node' ? (id.perencanaan.kinds[row.node.kind] ?? row.node.kind) : t.indicatorKind;
            const name = row.type === 'node' ? row.node.name : row.indicator.name;
            return (
              <tr key={props.rowKey(row.id)} className={`sheet__row sheet__row--${row.type} sheet__row--${row.type === 'node' ? row.node.kind : 'ind'}`}>
                <th scope="row" className="sheet__kind">
                  <span className="sheet__kindlabel">{kind}</span>
                  <StatusMark status={props.pending.get(row.id)?.status} />
                  {warningsFor(props.warnings, row.id).length ? (
                    <span className="sheet__mark sheet__mark--warn" aria-hidden="true">
                      ⚠
                    </span>
                  ) : null}
                </th>
                {cols.map((col, c) => {
                  const active = r === cursor.row && c === cursor.col;
                  const isEditing = editing?.row === r && editing.col === c;
                  const ok = applies(row, col);
                  const classes = ['sheet__cell', `sheet__cell--${col.kind}`, ok ? '' : 'is-na', active ? 'is-active' : '', inRange(range, r, c) ? 'is-selected' : ''];
                  return (
                    <td
                      key={col.key}
                      data-cell={`${r}:${c}`}
                      tabIndex={active && !isEditing ? 0 : -1}
                      aria-selected={inRange(range, r, c)}
                      aria-readonly={readOnly || !ok || undefined}
                      className={classes.filter(Boolean).join(' ')}
                      style={col.kind === 'name' ? { paddingLeft: `${0.5 + row.depth * 1.1}rem` } : undefined}
                      onMouseDown={(e) => onCellMouseDown(e, r, c)}
                      onDoubleClick={() => startEdit()}
                    >
                      {isEditing && editing ? (
                        <CellEditor row={row} col={col} initial={editing.initial} label={`${columnLabel(col)}: ${name || kind}`} onDone={(res) => onEditorDone(row, col, res)} />
                      ) : (
                        displayText(row, col)
                      )}
                    </td>
                  );
                })}
                <td className="sheet__cell sheet__cell--status">
                  <RowStatus rowName={name} state={props.pending.get(row.id)} draft={isDraft(row.id)} warnings={warningsFor(props.warnings, row.id)} onRetry={() => props.onRetry(row.id)} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const MARKS: Record<string, string> = { saving: '…', saved: '✓', error: '!', dirty: '•' };

/** A one-character echo of the row's status beside its kind (the full text is in the last column). */
function StatusMark({ status }: { status: string | undefined }) {
  if (!status) return null;
  return (
    <span className={`sheet__mark sheet__mark--${status}`} aria-hidden="true">
      {MARKS[status]}
    </span>
  );
}
