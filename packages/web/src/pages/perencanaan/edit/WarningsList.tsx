import type { CheckFinding } from '@kinerja/domain';
import { id } from '../../../i18n/id.ts';

const t = id.planningEdit;

/** The checker's warnings on the plan being edited (schedule vs annual target, pagu of children ≠ parent). */
export function WarningsList({ warnings, nameOf, onGo }: { warnings: readonly CheckFinding[]; nameOf: (ref: string) => string | null; onGo: (ref: string) => void }) {
  if (warnings.length === 0) return <p className="sheet-ok">✓ {t.noWarnings}</p>;
  return (
    <details className="sheet-warnings" open={warnings.length <= 5}>
      <summary>⚠ {t.warningsTitle(warnings.length)}</summary>
      <ul>
        {warnings.map((w) => (
          <li key={`${w.ref}-${w.code}-${w.where}`}>
            <button type="button" className="link-button" onClick={() => onGo(w.ref)}>
              {nameOf(w.ref) ?? w.where}
            </button>
            : {w.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
