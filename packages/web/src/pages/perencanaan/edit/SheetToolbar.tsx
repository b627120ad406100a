import { id } from '../../../i18n/id.ts';
import { Button, SelectField } from '../../../ui/index.ts';
import type { PeriodView } from '../grid/columns.ts';

const t = id.planningEdit;

interface SheetToolbarProps {
  view: PeriodView;
  views: readonly PeriodView[];
  onView: (v: PeriodView) => void;
  readOnly: boolean;
  /** Label of the child kind the selected node takes ("Sasaran"), null when it takes none. */
  childKind: string | null;
  canAddIndicator: boolean;
  canDelete: boolean;
  onAddRoot: () => void;
  onAction: (a: 'child' | 'indicator' | 'delete') => void;
}

/** Period view and the row actions of the Sunting grid (each also has a keyboard shortcut). */
export function SheetToolbar(p: SheetToolbarProps) {
  return (
    <div className="sheet-toolbar">
      <SelectField
        className="sheet-toolbar__view"
        label={t.view}
        value={p.view}
        options={p.views.map((v) => ({ value: v, label: t.views[v] ?? v }))}
        onChange={(e) => p.onView(e.target.value as PeriodView)}
      />
      {p.readOnly ? null : (
        <div className="sheet-toolbar__actions">
          <Button size="sm" onClick={p.onAddRoot}>
            + {t.addRoot}
          </Button>
          <Button size="sm" disabled={!p.childKind} onClick={() => p.onAction('child')} aria-keyshortcuts="Alt+N">
            + {p.childKind ? t.addChild(p.childKind) : t.addChild(id.perencanaan.kinds.subkegiatan ?? '')}
          </Button>
          <Button size="sm" disabled={!p.canAddIndicator} onClick={() => p.onAction('indicator')} aria-keyshortcuts="Alt+I">
            + {t.addIndicator}
          </Button>
          <Button size="sm" variant="danger" disabled={!p.canDelete} onClick={() => p.onAction('delete')} aria-keyshortcuts="Control+Delete">
            {t.deleteRow}
          </Button>
        </div>
      )}
    </div>
  );
}
