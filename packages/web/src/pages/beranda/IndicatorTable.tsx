import type { DashboardSummary } from '../../model/dashboard.ts';
import { formatDecimal, formatValue } from '../../format.ts';
import { id } from '../../i18n/id.ts';
import { BandBadge, Badge, Table } from '../../ui/index.ts';

const t = id.indicator;

/** The indicators of the year with target, realisasi, capaian and band. */
export function IndicatorTable({ rows }: { rows: DashboardSummary['rows'] }) {
  return (
    <Table caption={id.beranda.tableTitle}>
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
            <td>{indicator.unit ?? id.app.empty}</td>
            <td className="num">{formatValue(indicator.annual.target)}</td>
            <td className="num">{formatValue(indicator.annual.realization)}</td>
            <td className="num">{formatDecimal(indicator.annual.capaian)}</td>
            <td>
              <BandBadge band={indicator.annual.band} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
