import { Link } from 'react-router';
import type { Finding, Severity } from '../../api/types.ts';
import { id } from '../../i18n/id.ts';
import { Badge, EmptyState, Table, type BadgeTone } from '../../ui/index.ts';
import './FindingsList.css';

const t = id.evaluasi;
const TONES: Record<Severity, BadgeTone> = { error: 'danger', warning: 'warning', info: 'info' };

/** The findings as a table; each row links to the plan row it concerns. */
export function FindingsList({ findings, linkOf }: { findings: readonly Finding[]; linkOf: (ref: string) => string }) {
  if (findings.length === 0) return <EmptyState title={t.none} icon="✓" />;
  return (
    <Table caption={t.temuanTitle} hideCaption className="findings">
      <thead>
        <tr>
          <th scope="col">{t.severity}</th>
          <th scope="col">{t.check}</th>
          <th scope="col">{t.where}</th>
          <th scope="col">{t.message}</th>
          <th scope="col">
            {t.printed} / {t.computed}
          </th>
          <th scope="col">
            <span className="visually-hidden">{t.open}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {findings.map((f, i) => (
          <tr key={`${f.code}-${i}`}>
            <td>
              <Badge tone={TONES[f.severity]}>{t.severities[f.severity] ?? f.severity}</Badge>
            </td>
            <td>{t.checks[f.check] ?? f.check}</td>
            <th scope="row" className="finding__where">
              {f.where ?? id.app.empty}
            </th>
            <td className="finding__message">{f.message}</td>
            <td className="finding__values">
              <dl>
                <dt>{t.printed}</dt>
                <dd>{f.printed ?? id.app.empty}</dd>
                <dt>{t.computed}</dt>
                <dd>{f.computed ?? id.app.empty}</dd>
              </dl>
            </td>
            <td>{f.ref ? <Link to={linkOf(f.ref)}>{t.open}</Link> : null}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
