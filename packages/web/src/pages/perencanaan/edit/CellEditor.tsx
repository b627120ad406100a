import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { id } from '../../../i18n/id.ts';
import { parseCell, type CellValue } from '../grid/cells.ts';
import type { Column } from '../grid/columns.ts';
import type { GridRow } from '../grid/rows.ts';

const t = id.planningEdit;

export type EditorExit = 'down' | 'up' | 'right' | 'left' | 'stay';

/** The committed value and where the cursor goes; null when the edit was cancelled. */
export type EditorResult = { value: CellValue; exit: EditorExit } | null;

interface CellEditorProps {
  row: GridRow;
  col: Column;
  initial: string;
  label: string;
  onDone: (result: EditorResult) => void;
}

const HINTS: Partial<Record<Column['kind'], string>> = { polarity: t.polarityHint, aggregation: t.aggregationHint };

/**
 * The input of a cell being edited: validated as typed (codes, numbers); Enter saves and moves
 * down, Tab right, Esc cancels. Leaving the cell with the mouse saves a valid value.
 */
export function CellEditor({ row, col, initial, label, onDone }: CellEditorProps) {
  const [text, setText] = useState(initial);
  const [shown, setShown] = useState<string | null>(null);
  const done = useRef(false);
  const errorId = useId();
  const live = parseCell(row, col, text);
  // Name: "wajib diisi" only after an attempt to save; other rules show while typing.
  const error = shown ?? (!live.ok && col.kind !== 'name' && text.trim() !== '' ? live.message : null);

  const finish = (exit: EditorExit | null) => {
    if (done.current) return;
    if (exit === null) {
      done.current = true;
      onDone(null);
      return;
    }
    if (!live.ok) {
      setShown(live.message);
      return;
    }
    done.current = true;
    onDone({ value: live.value, exit });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    e.stopPropagation();
    if (e.key === 'Enter') {
      e.preventDefault();
      finish(e.shiftKey ? 'up' : 'down');
    } else if (e.key === 'Tab') {
      e.preventDefault();
      finish(e.shiftKey ? 'left' : 'right');
    } else if (e.key === 'Escape') {
      e.preventDefault();
      finish(null);
    }
  };

  return (
    <div className="sheet__editor">
      <input
        className="sheet__input"
        autoFocus
        value={text}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        placeholder={col.kind === 'name' ? t.newName : HINTS[col.kind]}
        onChange={(e) => {
          setText(e.target.value);
          setShown(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          if (!done.current) finish(live.ok ? 'stay' : null);
        }}
      />
      {error ? (
        <span className="sheet__error" id={errorId} role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
