import { useState, type FormEvent } from 'react';
import { isApiError, messageOf } from '../../api/error.ts';
import type { Unit } from '../../api/types.ts';
import { id } from '../../i18n/id.ts';
import type { Scope } from '../../model/scope.ts';
import { Button, FormError, SelectField } from '../../ui/index.ts';
import { requestReport } from './api.ts';
import { FORMATS, KINDS, needsPeriod, quartersOf, requestOf, type FormState } from './report-model.ts';
import type { ReportFormat, ReportJob, ReportKind } from './types.ts';

const t = id.pelaporan;

interface GenerateFormProps {
  scope: Scope;
  units: readonly Unit[];
  onStarted: (job: ReportJob) => void;
}

/** Document kind, format and (for the quarterly evaluation) quarter and unit → a generation job. */
export function GenerateForm({ scope, units, onStarted }: GenerateFormProps) {
  const [form, setForm] = useState<FormState>({ kind: 'lkjip', format: 'docx', period: `${scope.year}-Q1`, unit: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fieldError = (where: string): string | null => (isApiError(error) && error.where === where ? error.title : null);
  const formError = isApiError(error) && error.where && ['kind', 'format', 'period', 'unit'].includes(error.where) ? null : error;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // the quarterly evaluation is made per unit kerja: the first unit until another is chosen
      const { job } = await requestReport(scope.pemda, scope.opd, requestOf({ ...form, unit: form.unit || units[0]?.name || '' }, scope.year));
      onStarted(job);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="report-form" onSubmit={submit} noValidate>
      <SelectField
        label={t.kind}
        value={form.kind}
        error={fieldError('kind')}
        onChange={(e) => setForm({ ...form, kind: e.target.value as ReportKind })}
        options={KINDS.map((k) => ({ value: k, label: t.kinds[k] }))}
      />
      <SelectField
        label={t.format}
        value={form.format}
        error={fieldError('format')}
        onChange={(e) => setForm({ ...form, format: e.target.value as ReportFormat })}
        options={FORMATS.map((f) => ({ value: f, label: t.formats[f] }))}
      />
      {needsPeriod(form.kind) ? (
        <>
          <SelectField
            label={t.period}
            value={form.period}
            error={fieldError('period')}
            onChange={(e) => setForm({ ...form, period: e.target.value })}
            options={quartersOf(scope.year).map((p, i) => ({ value: p, label: `${id.periods.quarter(['I', 'II', 'III', 'IV'][i] ?? '')} ${scope.year}` }))}
          />
          <SelectField
            label={t.unit}
            value={form.unit || units[0]?.name || ''}
            error={fieldError('unit')}
            onChange={(e) => setForm({ ...form, unit: e.target.value })}
            options={units.map((u) => ({ value: u.name, label: u.name }))}
          />
        </>
      ) : null}
      <div className="report-form__actions">
        <Button type="submit" variant="primary" busy={busy}>
          {busy ? t.generating : t.generate}
        </Button>
      </div>
      {formError ? <FormError message={messageOf(formError)} /> : null}
    </form>
  );
}
