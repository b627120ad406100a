import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { Opd } from '../../api/types.ts';
import { formatDate } from '../../format.ts';
import { invalidate, useResource } from '../../hooks/useResource.ts';
import { id } from '../../i18n/id.ts';
import { ErrorState } from '../../app/NotFound.tsx';
import { Badge, Card, Loading, SelectField, useToast } from '../../ui/index.ts';
import { RuleSetEditor, type RuleSetChange } from './RuleSetEditor.tsx';
import { RuleSetSummary, type RuleParamsView } from './RuleSetSummary.tsx';

const t = id.rules;

/** GET/PUT /api/pemda/:pemda/rules/:year (docs/api-contract.md, "Aturan perhitungan"). */
export interface RuleSetAnswer {
  year: number;
  key: string;
  version: number;
  source: 'preset' | 'custom';
  assigned: boolean;
  params: RuleParamsView;
  changed: { by: string | null; at: string; reason: string | null } | null;
  canManage: boolean;
}
const rulesPath = (pemda: string, year: number) => `/api/pemda/${encodeURIComponent(pemda)}/rules/${year}`;

/** The years to choose from: every plan year of the Pemda, the latest first (this year when none). */
function yearsOf(opds: readonly Opd[]): number[] {
  const years = new Set(opds.flatMap((o) => o.years));
  if (years.size === 0) years.add(new Date().getFullYear());
  return [...years].sort((a, b) => b - a);
}

/** Admin → Aturan perhitungan: the year's rule set in plain words; admin_pemda picks a preset or changes a few params. */
export function RuleSetPanel({ pemda, opds }: { pemda: string; opds: readonly Opd[] }) {
  const toast = useToast();
  const years = yearsOf(opds);
  const [year, setYear] = useState(years[0] ?? new Date().getFullYear());
  const path = rulesPath(pemda, year);
  const rules = useResource(path, (signal) => api.get<RuleSetAnswer>(path, signal));

  const onApply = async (change: RuleSetChange) => {
    const before = rules.data;
    const saved = await api.request<RuleSetAnswer>('PUT', path, change);
    // every figure of the Pemda is computed at read time: forget what this browser has cached
    invalidate(`/api/pemda/${encodeURIComponent(pemda)}`);
    rules.reload();
    const same = before && before.assigned && before.key === saved.key && before.version === saved.version;
    toast.success(same ? t.unchanged : t.saved(saved.year, saved.key, saved.version));
  };

  return (
    <div className="stack">
      <p className="muted" style={{ maxWidth: '48rem', margin: 0 }}>
        {t.intro}
      </p>
      <div style={{ maxWidth: '12rem' }}>
        <SelectField label={t.year} value={String(year)} onChange={(e) => setYear(Number(e.target.value))} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
      </div>
      {rules.loading && !rules.data ? <Loading label={t.loading} /> : null}
      {rules.error ? <ErrorState error={rules.error} onRetry={rules.reload} /> : null}
      {rules.data ? (
        <>
          <Card title={t.inForce(year)}>
            <div className="stack" style={{ gap: 'var(--sp-3)' }}>
              <div className="row">
                <strong className="code">{rules.data.key}</strong>
                <span>{t.version(rules.data.version)}</span>
                <Badge tone={rules.data.source === 'custom' ? 'info' : 'neutral'}>{rules.data.source === 'custom' ? t.custom : t.preset}</Badge>
                {rules.data.source === 'preset' ? <span className="muted">{t.presetNames[rules.data.key] ?? ''}</span> : null}
              </div>
              <p className="muted" style={{ margin: 0 }}>
                {rules.data.changed ? t.changed(rules.data.changed.by ?? id.app.empty, formatDate(rules.data.changed.at)) : t.notAssigned}
                {rules.data.changed?.reason ? ` · ${t.reasonShown(rules.data.changed.reason)}` : ''}
              </p>
              <RuleSetSummary params={rules.data.params} year={year} />
            </div>
          </Card>
          {rules.data.canManage ? (
            <RuleSetEditor key={`${year}-${rules.data.key}-${rules.data.version}`} year={year} current={rules.data} onApply={onApply} />
          ) : (
            <p className="muted">{t.readOnly}</p>
          )}
        </>
      ) : null}
    </div>
  );
}
