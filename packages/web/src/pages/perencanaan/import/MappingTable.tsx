import { PASTE_FIELDS, type PasteColumn, type PasteField } from '@kinerja/domain';
import { id } from '../../../i18n/id.ts';
import { Table } from '../../../ui/index.ts';

const t = id.planningImport;

/** Each source column with the field kinerja guessed, and a select to correct it. */
export function MappingTable({ columns, disabled, onChange }: { columns: readonly PasteColumn[]; disabled: boolean; onChange: (index: number, field: PasteField) => void }) {
  return (
    <section className="import-section" aria-labelledby="import-mapping-title">
      <h3 id="import-mapping-title">{t.mappingTitle}</h3>
      <p className="import-muted">{t.mappingIntro}</p>
      <Table caption={t.mappingTitle} hideCaption className="import-mapping">
        <thead>
          <tr>
            <th scope="col">{t.colColumn}</th>
            <th scope="col">{t.colSource}</th>
            <th scope="col">{t.colField}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((c) => {
            const header = c.header || t.columnN(c.index + 1);
            return (
              <tr key={c.index} className={c.field === 'ignore' ? 'import-ignored' : undefined}>
                <td className="num">{c.index + 1}</td>
                <td>{header}</td>
                <td>
                  <select
                    className="select select--sm"
                    aria-label={t.mappingFor(header)}
                    value={c.field}
                    disabled={disabled}
                    onChange={(e) => onChange(c.index, e.target.value as PasteField)}
                  >
                    {PASTE_FIELDS.map((f) => (
                      <option key={f} value={f}>
                        {t.fields[f] ?? f}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </section>
  );
}
