import { Link } from 'react-router';
import type { Finding, Severity } from '../../api/types.ts';
import { id } from '../../i18n/id.ts';
import { Badge, EmptyState, Table, type BadgeTone } from '../../ui/index.ts';

const t = id.evaluasi;
const TONES: Record<Severity, BadgeTone> = { error: 'danger', warning: 'warning', info: 'info' };

/** The findings as a table; each row links to the plan row it concerns. */
export function FindingsList({ findings, linkOf }: { findings: readonly Finding[]; linkOf: (ref: string) => string }) {
  if (findings.length === 0) return <EmptyState title={t.none} icon="✓" />;
  return (
    <Table caption={t.temuanTitle} hideCaption>
      <thead>
        <tr>
          <th scope="col">{t.severity}</th>
          <th scope="col">{t.check}</th>
          <th scope="col">{t.where}</th>
          <th scope="col">{t.message}</th>
          <th scope="col" className="num">
            {t.printed}
          </th>
          <th scope="col" className="num">
            {t.computed}
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
            <th scope="row" style={{ fontWeight: 500 }}>
              {f.where ?? id.app.empty}
            </th>
            <td style={{ minWidth: '16rem' }}>{f.message}</td>
            <td className="num">{f.printed ?? id.app.empty}</td>
            <td className="num">{f.computed ?? id.app.empty}</td>
            <td>{f.ref ? <Link to={linkOf(f.ref)}>{t.open}</Link> : null}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
