import type { PlanDiff } from '@kinerja/domain';
import { formatPeriod, formatRupiah, formatValue } from '../../../format.ts';
import { id } from '../../../i18n/id.ts';
import { Table } from '../../../ui/index.ts';
import { existingValueChanges, summarize } from './import-model.ts';

const t = id.planningImport;
const SHOWN = 100;

/** What the save makes: counts, or "no changes", and the changed values of rows that already exist. */
export function ChangesSummary({ changes }: { changes: PlanDiff | null }) {
  const s = summarize(changes);
  if (!s) return null;
  const values = existingValueChanges(changes);
  const show = (entity: string, v: number | string | null) => (entity === 'budget' && typeof v === 'number' ? formatRupiah(v) : formatValue(v));
  return (
    <section className="import-section" aria-labelledby="import-changes-title">
      <h3 id="import-changes-title">{t.changesTitle}</h3>
      <p className={s.none ? 'import-none' : 'import-counts'} role="status">
        {s.none ? t.noChanges : t.counts(s.nodesAdded, s.indicatorsAdded, s.valuesChanged)}
      </p>
      {values.length > 0 ? (
        <Table caption={t.changedValuesTitle}>
          <thead>
            <tr>
              <th scope="col">{t.colLabel}</th>
              <th scope="col">{t.colPeriod}</th>
              <th scope="col" className="num">
                {t.colBefore}
              </th>
              <th scope="col" className="num">
                {t.colAfter}
              </th>
            </tr>
          </thead>
          <tbody>
            {values.slice(0, SHOWN).map((v) => (
              <tr key={`${v.entity}-${v.id}-${v.period}`}>
                <td>
                  <span className="import-entity">{v.entity === 'budget' ? t.budget : t.target}</span> {v.label}
                </td>
                <td>{formatPeriod(v.period)}</td>
                <td className="num">{show(v.entity, v.before)}</td>
                <td className="num">
                  <strong>{show(v.entity, v.after)}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      {values.length > SHOWN ? <p className="import-muted">{t.more(values.length - SHOWN)}</p> : null}
    </section>
  );
}
