import type { CellError } from '@kinerja/domain';
import { id } from '../../../i18n/id.ts';
import { Table } from '../../../ui/index.ts';
import { sortedErrors } from './import-model.ts';

const t = id.planningImport;

/** Every bad cell by row and column, with the value and the reason. */
export function ErrorList({ errors }: { errors: readonly CellError[] }) {
  if (errors.length === 0) return null;
  return (
    <section className="import-section import-errors" aria-labelledby="import-errors-title">
      <h3 id="import-errors-title">{t.errorsTitle(errors.length)}</h3>
      <p role="alert">{t.errorsIntro}</p>
      <Table caption={t.errorsTitle(errors.length)} hideCaption>
        <thead>
          <tr>
            <th scope="col">{t.colRow}</th>
            <th scope="col">{t.colColumn}</th>
            <th scope="col">{t.colValue}</th>
            <th scope="col">{t.colReason}</th>
          </tr>
        </thead>
        <tbody>
          {sortedErrors(errors).map((e, k) => (
            <tr key={`${e.row}-${e.column}-${k}`}>
              <td className="num">{e.row === 0 ? t.mappingRow : e.row}</td>
              <td>{e.column === 0 ? id.app.empty : `${e.column}${e.header ? ` · ${e.header}` : ''}`}</td>
              <td>
                <code className="import-cell">{e.value || id.app.empty}</code>
              </td>
              <td>{e.message}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
