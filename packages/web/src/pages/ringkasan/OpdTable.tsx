import { formatDecimal, formatNumber, formatPercent } from '../../format.ts';
import { id } from '../../i18n/id.ts';
import { BandBadge, Table } from '../../ui/index.ts';
import type { PemdaOpdRow } from './ringkasan-api.ts';

const t = id.monitoring;
const c = t.col;
const pct = (v: number | null | undefined): string => (v === null || v === undefined ? id.app.empty : `${formatDecimal(v)} %`);

function Delta({ now, before }: { now: number | null; before: number | null | undefined }) {
  if (now === null || before === null || before === undefined) return null;
  const d = now - before;
  return <span className={`ringkasan__delta ${d >= 0 ? 'is-up' : 'is-down'}`}>{`${d >= 0 ? '▲ +' : '▼ '}${formatDecimal(d)}`}</span>;
}

/** Every OPD side by side: capaian and band, last year, the Renstra, serapan, efisiensi, pending, late. */
export function OpdTable({ rows, caption }: { rows: readonly PemdaOpdRow[]; caption: string }) {
  return (
    <Table caption={caption} stack>
      <thead>
        <tr>
          <th scope="col">{c.rank}</th>
          <th scope="col">{c.opd}</th>
          <th scope="col" className="num">{c.capaian}</th>
          <th scope="col">{c.band}</th>
          <th scope="col" className="num">{c.lastYear}</th>
          <th scope="col" className="num">{c.renstra}</th>
          <th scope="col" className="num">{c.absorption}</th>
          <th scope="col" className="num">{c.efficiency}</th>
          <th scope="col" className="num">{c.pending}</th>
          <th scope="col" className="num">{c.late}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.opd.slug}>
            <td data-label={c.rank}>{r.rank ?? id.app.empty}</td>
            <th scope="row" data-label={c.opd}>
              {r.opd.name}
              {r.opd.abbr ? <small className="muted"> ({r.opd.abbr})</small> : null}
            </th>
            <td data-label={c.capaian} className="num strong">{pct(r.capaian)}</td>
            <td data-label={c.band}><BandBadge band={r.band} /></td>
            <td data-label={c.lastYear} className="num">
              {pct(r.lastYear?.capaian)} <Delta now={r.capaian} before={r.lastYear?.capaian} />
            </td>
            <td data-label={c.renstra} className="num">{pct(r.renstra.capaian)}</td>
            <td data-label={c.absorption} className="num">{formatPercent(r.absorption)}</td>
            <td data-label={c.efficiency} className="num">
              {r.efficiency === null ? id.app.empty : formatNumber(r.efficiency, 4)}
              {r.efficiency !== null ? <small className="muted"> {r.efficiency >= 1 ? t.efficient : t.notEfficient}</small> : null}
            </td>
            <td data-label={c.pending} className="num">{formatNumber(r.pending.submitted + r.pending.draft)}</td>
            <td data-label={c.late} className="num">{formatNumber(r.late)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
