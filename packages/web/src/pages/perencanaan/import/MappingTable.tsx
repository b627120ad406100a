import { useId } from 'react';
import { PASTE_FIELDS, type PasteColumn, type PasteField } from '@kinerja/domain';
import { id } from '../../../i18n/id.ts';

const t = id.planningImport;

function ColumnField({ column, disabled, onChange }: { column: PasteColumn; disabled: boolean; onChange: (index: number, field: PasteField) => void }) {
  const selectId = useId();
  const header = column.header || t.columnN(column.index + 1);
  return (
    <li className={column.field === 'ignore' ? 'import-map import-map--ignored' : 'import-map'}>
      <label htmlFor={selectId} className="import-map__source">
        <span className="import-map__n">{t.columnN(column.index + 1)}</span>
        <span className="import-map__header" title={header}>
          {header}
        </span>
      </label>
      <select
        id={selectId}
        className="select select--sm"
        aria-label={t.mappingFor(header)}
        value={column.field}
        disabled={disabled}
        onChange={(e) => onChange(column.index, e.target.value as PasteField)}
      >
        {PASTE_FIELDS.map((f) => (
          <option key={f} value={f}>
            {t.fields[f] ?? f}
          </option>
        ))}
      </select>
    </li>
  );
}

/** Each source column with the field kinerja guessed, and a select to correct it. */
export function MappingTable({ columns, disabled, onChange }: { columns: readonly PasteColumn[]; disabled: boolean; onChange: (index: number, field: PasteField) => void }) {
  return (
    <section className="import-section" aria-labelledby="import-mapping-title">
      <h3 id="import-mapping-title">{t.mappingTitle}</h3>
      <p className="import-muted">{t.mappingIntro}</p>
      <ul className="import-mapping">
        {columns.map((c) => (
          <ColumnField key={c.index} column={c} disabled={disabled} onChange={onChange} />
        ))}
      </ul>
    </section>
  );
}
