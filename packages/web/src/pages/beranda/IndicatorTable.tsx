import type { DashboardSummary } from '../../model/dashboard.ts';
import { formatDecimal, formatValue } from '../../format.ts';
import { id } from '../../i18n/id.ts';
import { BandBadge, Badge, Table } from '../../ui/index.ts';

const t = id.indicator;

/** The indicators of the year with target, realisasi, capaian and band. */
export function IndicatorTable({ rows }: { rows: DashboardSummary['rows'] }) {
  return (
    <Table caption={id.beranda.tableTitle} stack>
      <thead>
        <tr>
          <th scope="col">{t.name}</th>
          <th scope="col">{t.unit}</th>
          <th scope="col" className="num">
            {t.target}
          </th>
          <th scope="col" className="num">
            {t.realisasi}
          </th>
          <th scope="col" className="num">
            {t.capaian} (%)
          </th>
          <th scope="col">{t.band}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ indicator, node }) => (
          <tr key={indicator.id}>
            <th scope="row">
              {indicator.name} {indicator.iku ? <Badge tone="info">{t.iku}</Badge> : null}
              {node ? (
                <span className="muted" style={{ display: 'block', fontWeight: 400, fontSize: 'var(--fs-xs)' }}>
                  {id.perencanaan.kinds[node.kind] ?? node.kind}: {node.name}
                </span>
              ) : null}
            </th>
            <td data-label={t.unit}>{indicator.unit ?? id.app.empty}</td>
            <td className="num" data-label={t.target}>{formatValue(indicator.annual.target)}</td>
            <td className="num" data-label={t.realisasi}>{formatValue(indicator.annual.realization)}</td>
            <td className="num" data-label={`${t.capaian} (%)`}>{formatDecimal(indicator.annual.capaian)}</td>
            <td data-label={t.band}>
              {indicator.annual.band ? <BandBadge band={indicator.annual.band} /> : <span className="muted">{id.app.empty}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
