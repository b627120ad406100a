import type { PasteField } from '@kinerja/domain';
import { id } from '../../../i18n/id.ts';
import { Button } from '../../../ui/index.ts';
import { ChangesSummary } from './ChangesSummary.tsx';
import { ErrorList } from './ErrorList.tsx';
import type { ImportAnswer } from './import-api.ts';
import { summarize } from './import-model.ts';
import { MappingTable } from './MappingTable.tsx';
import { RowsPreview } from './RowsPreview.tsx';

const t = id.planningImport;

interface PreviewViewProps {
  answer: ImportAnswer;
  busy: boolean;
  saving: boolean;
  /** the paste lets the user correct the mapping; an uploaded workbook has its layout's own */
  onMapping?: (index: number, field: PasteField) => void;
  onSave: () => void;
  onCancel: () => void;
}

/** The server's preview: mapping, bad cells, what the save changes, the rows; Simpan only when it can save something. */
export function PreviewView({ answer, busy, saving, onMapping, onSave, onCancel }: PreviewViewProps) {
  const summary = summarize(answer.changes);
  const canSave = answer.errors.length === 0 && summary !== null && !summary.none;
  return (
    <div className="import-preview" aria-busy={busy || undefined}>
      <ErrorList errors={answer.errors} />
      {onMapping ? <MappingTable columns={answer.columns} disabled={busy || saving} onChange={onMapping} /> : null}
      <ChangesSummary changes={answer.changes} />
      <div className="import-actions">
        <Button variant="primary" onClick={onSave} disabled={!canSave || busy} busy={saving}>
          {t.save}
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={saving}>
          {t.cancel}
        </Button>
      </div>
      <RowsPreview rows={answer.rows} changes={answer.changes} />
    </div>
  );
}
