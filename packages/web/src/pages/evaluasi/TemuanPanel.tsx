import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Finding, Severity } from '../../api/types.ts';
import { id } from '../../i18n/id.ts';
import { bySeverity, checkCounts, filterFindings } from '../../model/findings.ts';
import { SelectField } from '../../ui/index.ts';
import { FindingsList } from './FindingsList.tsx';

const t = id.evaluasi;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Temuan of the plan, filterable by check and severity (the filters live in the URL). */
export function TemuanPanel({ findings, linkOf }: { findings: readonly Finding[]; linkOf: (ref: string) => string }) {
  const [params, setParams] = useSearchParams();
  const check = params.get('check') ?? '';
  const severityParam = params.get('severity') ?? '';
  const severity = (SEVERITIES as readonly string[]).includes(severityParam) ? (severityParam as Severity) : '';
  const shown = useMemo(() => filterFindings(findings, { check, severity }).sort(bySeverity), [findings, check, severity]);
  const counts = useMemo(() => checkCounts(findings), [findings]);

  const setFilter = (key: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <div className="stack">
      <p className="muted" style={{ margin: 0 }}>
        {t.temuanIntro}
      </p>
      <div className="row" style={{ alignItems: 'flex-end' }}>
        <SelectField
          label={t.filterCheck}
          value={check}
          onChange={(e) => setFilter('check', e.target.value)}
          options={[{ value: '', label: t.all }, ...counts.map((c) => ({ value: c.check, label: `${t.checks[c.check] ?? c.check} (${c.count})` }))]}
        />
        <SelectField
          label={t.filterSeverity}
          value={severity}
          onChange={(e) => setFilter('severity', e.target.value)}
          options={[{ value: '', label: t.all }, ...SEVERITIES.map((s) => ({ value: s, label: t.severities[s] ?? s }))]}
        />
        <p role="status" className="muted" style={{ margin: '0 0 0.6rem' }}>
          {t.count(shown.length, findings.length)}
        </p>
      </div>
      <FindingsList findings={shown} linkOf={linkOf} />
    </div>
  );
}
