import { useRef, type ReactNode } from 'react';
import type { Dataset } from '@kinerja/domain';
import { id } from '../../../i18n/id.ts';
import { Button, Card, EmptyState, Table } from '../../../ui/index.ts';
import { ikuRows } from './iku-rows.ts';
import { printSection } from './print.ts';

const t = id.planningVersions;
const POLARITY = id.indicator.polarities as Record<string, string>;
const AGGREGATION = id.indicator.aggregations as Record<string, string>;

const orMissing = (v: string | null | undefined): ReactNode => (v ? v : <span className="pv-missing">{t.ikuMissing}</span>);

/** The IKU sheet of the OPD: definition, formula, data source, unit, polarity, aggregation, PJ; printable. */
export function IkuSheet({ plan, opdName, year }: { plan: Dataset; opdName: string; year: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const rows = ikuRows(plan);
  const c = t.ikuCols;
  return (
    <div ref={ref} id="pv-iku">
      <Card title={t.ikuTitle}>
        <div className="pv__bar">
          <p className="pv__intro">{t.ikuIntro(opdName, year)}</p>
          {rows.length ? (
            <Button size="sm" className="pv-noprint" onClick={() => printSection(ref.current)}>
              {t.print}
            </Button>
          ) : null}
        </div>
        {rows.length === 0 ? (
          <EmptyState title={t.ikuNone} />
        ) : (
          <Table caption={t.ikuCaption} hideCaption className="pv-iku">
            <thead>
              <tr>
                <th scope="col">{c.no}</th>
                <th scope="col">{c.sasaran}</th>
                <th scope="col">{c.indicator}</th>
                <th scope="col">{c.definition}</th>
                <th scope="col">{c.formula}</th>
                <th scope="col">{c.source}</th>
                <th scope="col">{c.unit}</th>
                <th scope="col">{c.polarity}</th>
                <th scope="col">{c.aggregation}</th>
                <th scope="col">{c.pj}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={r.id}>
                  <td>{i + 1}</td>
                  <td>{r.sasaran}</td>
                  <th scope="row">{r.indicator}</th>
                  <td>{orMissing(r.definition)}</td>
                  <td>{orMissing(r.formula)}</td>
                  <td>{orMissing(r.source)}</td>
                  <td>{orMissing(r.unit)}</td>
                  <td>{orMissing(r.polarity ? (POLARITY[r.polarity] ?? r.polarity) : null)}</td>
                  <td>{orMissing(r.aggregation ? (AGGREGATION[r.aggregation] ?? r.aggregation) : null)}</td>
                  <td>{orMissing(r.pj)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
