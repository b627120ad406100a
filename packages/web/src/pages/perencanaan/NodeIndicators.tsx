import type { PlanIndicator } from '../../api/types.ts';
import { comparePeriods, formatPeriod, formatValue } from '../../format.ts';
import { id } from '../../i18n/id.ts';
import { Badge, Table } from '../../ui/index.ts';
import { indicatorRowId } from '../../model/tree.ts';

const t = id.indicator;
const label = (map: Record<string, string>, key: string | null): string => (key ? (map[key] ?? key) : id.app.empty);

/** The indicators of one node: unit, polarity, aggregation and the targets of every period. */
export function NodeIndicators({ nodeName, indicators, highlight }: { nodeName: string; indicators: readonly PlanIndicator[]; highlight: string | null }) {
  return (
    <div className="tree__indicators">
      <Table caption={`${t.name}: ${nodeName}`} hideCaption stack>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.unit}</th>
            <th scope="col">{t.polarity}</th>
            <th scope="col">{t.aggregation}</th>
            <th scope="col">{t.targets}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((i) => {
            const rowId = indicatorRowId(i.id);
            const periods = Object.keys(i.targets).sort(comparePeriods);
            return (
              <tr key={i.id} id={rowId} tabIndex={-1} className={highlight === rowId ? 'is-highlighted' : undefined}>
                <th scope="row">
                  {i.name} {i.iku ? <Badge tone="info">{t.iku}</Badge> : null}
                </th>
                <td data-label={t.unit}>{i.unit ?? id.app.empty}</td>
                <td data-label={t.polarity} title={i.polarity ? label(t.polarityHints, i.polarity) : undefined}>{label(t.polarities, i.polarity)}</td>
                <td data-label={t.aggregation}>{label(t.aggregations, i.aggregation)}</td>
                <td data-label={t.targets}>
                  {periods.length ? (
                    <ul className="periods">
                      {periods.map((p) => (
                        <li key={p}>
                          <span className="muted">{formatPeriod(p)}:</span> <strong className="num">{formatValue(i.targets[p])}</strong>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    id.app.empty
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </div>
  );
}
