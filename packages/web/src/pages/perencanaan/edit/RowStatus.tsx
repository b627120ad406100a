import type { CheckFinding } from '@kinerja/domain';
import { id } from '../../../i18n/id.ts';
import type { RowState } from '../grid/pending.ts';
import { Button } from '../../../ui/index.ts';

const t = id.planningEdit;

interface RowStatusProps {
  rowName: string;
  state: RowState | undefined;
  draft: boolean;
  warnings: readonly CheckFinding[];
  onRetry: () => void;
}

/** The last cell of a row: saving / saved / the server's error (row, column, value) and the checker's warnings. */
export function RowStatus({ rowName, state, draft, warnings, onRetry }: RowStatusProps) {
  const status = state?.status;
  return (
    <div className="sheet__status">
      {draft && status !== 'saving' && status !== 'error' ? <span className="sheet__pill sheet__pill--dirty">{t.needsName}</span> : null}
      {!draft && status === 'dirty' ? <span className="sheet__pill sheet__pill--dirty">{t.unsaved}</span> : null}
      {status === 'saving' ? <span className="sheet__pill sheet__pill--saving">{t.saving}</span> : null}
      {status === 'saved' ? <span className="sheet__pill sheet__pill--saved">✓ {t.saved}</span> : null}
      {status === 'error' && state?.failure ? (
        <span className="sheet__failure" role="alert">
          {t.saveError(rowName || '…', state.failure.column ?? t.colName, state.failure.value, state.failure.message)}{' '}
          <Button size="sm" onClick={onRetry}>
            {t.retry}
          </Button>
        </span>
      ) : null}
      {warnings.map((w) => (
        <span key={`${w.code}-${w.where}`} className="sheet__warning">
          ⚠ {w.message}
        </span>
      ))}
    </div>
  );
}
