import { formatDecimal, formatValue } from '../../format.ts';
import { id } from '../../i18n/id.ts';
import { Table } from '../../ui/index.ts';
import type { PemdaReference } from './ringkasan-api.ts';

const t = id.monitoring;
const c = t.col;

/** The entered national/regional references (LKjIP Tabel 3.5–3.10 kinds) against the realisation. */
export function ReferenceTable({ rows }: { rows: readonly PemdaReference[] }) {
  if (rows.length === 0) return <p className="muted">{t.referencesEmpty}</p>;
  return (
    <Table caption={t.referencesTitle} hideCaption stack>
      <thead>
        <tr>
          <th scope="col">{c.opd}</th>
          <th scope="col">{c.indicator}</th>
          <th scope="col" className="num">{c.realization}</th>
          <th scope="col">{c.reference}</th>
          <th scope="col" className="num">{c.value}</th>
          <th scope="col" className="num">{c.gap}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={`${r.indicator.id}-${i}`}>
            <td data-label={c.opd}>{r.opd.abbr ?? r.opd.name}</td>
            <th scope="row" data-label={c.indicator}>{r.indicator.name}</th>
            <td data-label={c.realization} className="num">{formatValue(r.realization)}</td>
            <td data-label={c.reference}>{r.label}</td>
            <td data-label={c.value} className="num">{formatValue(r.value)}</td>
            <td data-label={c.gap} className="num">
              {r.gap === null ? id.app.empty : <span className={`ringkasan__delta ${r.gap >= 0 ? 'is-up' : 'is-down'}`}>{`${r.gap >= 0 ? '+' : ''}${formatDecimal(r.gap)}`}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
