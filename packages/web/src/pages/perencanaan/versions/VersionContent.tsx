import { useRef } from 'react';
import { formatRupiah, formatValue } from '../../../format.ts';
import { useResource } from '../../../hooks/useResource.ts';
import { id } from '../../../i18n/id.ts';
import { ErrorState } from '../../../app/NotFound.tsx';
import { Button, Card, Loading, Table } from '../../../ui/index.ts';
import { contentRows } from './content-rows.ts';
import { printSection } from './print.ts';
import { versionTitle } from './version-model.ts';
import { getVersionContent, type PlanKey, type VersionInfo } from './versions-api.ts';

const t = id.planningVersions;

/** One version's content, read-only: the frozen snapshot of an approved version, else the live plan. */
export function VersionContent({ planKey, version, onClose }: { planKey: PlanKey; version: VersionInfo; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const content = useResource(`version-content:${version.id}:${version.frozen}`, (signal) => getVersionContent(planKey, version.id, signal));
  const title = t.contentTitle(versionTitle(version));
  return (
    <div ref={ref} id="pv-content">
      <Card title={title}>
        <div className="pv__bar pv-noprint">
          <p className="pv__intro">{t.contentIntro(version.frozen)}</p>
          <div className="pv-actions">
            <Button size="sm" onClick={() => printSection(ref.current)}>
              {t.print}
            </Button>
            <Button size="sm" onClick={onClose}>
              {t.closeContent}
            </Button>
          </div>
        </div>
        {content.loading ? <Loading /> : null}
        {content.error ? <ErrorState error={content.error} onRetry={content.reload} /> : null}
        {content.data ? (
          <Table caption={`${title}: ${t.contentTable}`} className="pv-content">
            <thead>
              <tr>
                <th scope="col">{t.colRow}</th>
                <th scope="col">{t.colUnit}</th>
                <th scope="col" className="pv-num">
                  {t.colTarget(planKey.year)}
                </th>
                <th scope="col" className="pv-num">
                  {t.colPagu(planKey.year)}
                </th>
              </tr>
            </thead>
            <tbody>
              {contentRows(content.data, planKey.year).map((r) => (
                <tr key={r.key}>
                  <td className={`pv-depth-${Math.min(r.depth, 6)}`}>
                    <span className="pv-kind">{r.isIndicator ? t.colIndicator : (id.perencanaan.kinds[r.kind] ?? r.kind)}</span>
                    {r.isIndicator ? r.text : <strong>{r.text}</strong>}
                  </td>
                  <td>{r.unit ?? ''}</td>
                  <td className="pv-num">{r.isIndicator ? formatValue(r.target) : ''}</td>
                  <td className="pv-num">{r.pagu !== null ? formatRupiah(r.pagu) : ''}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : null}
      </Card>
    </div>
  );
}
