import type { PasteRow, PlanDiff } from '@kinerja/domain';
import { formatRupiah, formatValue } from '../../../format.ts';
import { id } from '../../../i18n/id.ts';
import { Badge, Table, type BadgeTone } from '../../../ui/index.ts';
import { rowStatus } from './import-model.ts';

const t = id.planningImport;
const SHOWN = 300;
const TONE: Record<string, BadgeTone> = { added: 'success', changed: 'warning', same: 'neutral', skipped: 'neutral' };

/** The rows kinerja understood, with what the save does to each. */
export function RowsPreview({ rows, changes }: { rows: readonly PasteRow[]; changes: PlanDiff | null }) {
  if (rows.length === 0) return null;
  return (
    <section className="import-section" aria-labelledby="import-rows-title">
      <h3 id="import-rows-title">{t.rowsTitle(rows.length)}</h3>
      <Table caption={t.rowsTitle(rows.length)} hideCaption className="import-rows">
        <thead>
          <tr>
            <th scope="col" className="num">
              {t.colRow}
            </th>
            <th scope="col">{t.colKind}</th>
            <th scope="col">{t.colName}</th>
            <th scope="col">{t.colIndicator}</th>
            <th scope="col" className="num">
              {t.colTarget}
            </th>
            <th scope="col">{t.colUnit}</th>
            <th scope="col" className="num">
              {t.colBudget}
            </th>
            <th scope="col">{t.colSchedule}</th>
            {changes ? <th scope="col">{t.colStatus}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map((r) => {
            const status = rowStatus(r, changes);
            const periods = Object.keys(r.schedule).length;
            return (
              <tr key={r.row} className={`import-row import-row--${r.kind}`}>
                <td className="num">{r.row}</td>
                <td>{id.perencanaan.kinds[r.kind] ?? t.rowKinds[r.kind] ?? r.kind}</td>
                <td>{[r.code ?? r.no, r.name].filter(Boolean).join(' ') || id.app.empty}</td>
                <td>{r.indicator ?? id.app.empty}</td>
                <td className="num">{formatValue(r.target)}</td>
                <td>{r.unit ?? id.app.empty}</td>
                <td className="num">{r.budget === null ? id.app.empty : formatRupiah(r.budget)}</td>
                <td>{periods > 0 ? t.schedule(periods) : id.app.empty}</td>
                {changes ? <td>{status ? <Badge tone={TONE[status]}>{t.status[status]}</Badge> : null}</td> : null}
              </tr>
            );
          })}
        </tbody>
      </Table>
    </section>
  );
}
