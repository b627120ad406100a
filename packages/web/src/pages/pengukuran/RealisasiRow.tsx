import { useMemo, useState, type KeyboardEvent } from 'react';
import type { Role } from '../../api/types.ts';
import { classifyCapaian, periodProgress, tryParseIdNumber } from '@kinerja/domain';
import { messageOf } from '../../api/error.ts';
import { formatDecimal, formatPeriod, formatValue } from '../../format.ts';
import { id } from '../../i18n/id.ts';
import { BandBadge, Badge, Button, buttonClass } from '../../ui/index.ts';
import { evidenceUrl, saveRow, uploadEvidence, workflow, type GridRow, type Narrative, type Scope } from './pengukuran-api.ts';
import { workflowActions, type WorkflowAction } from './workflow-actions.ts';
import { WorkflowDialog } from './WorkflowDialog.tsx';

const t = id.pengukuran;

/** One indicator row: typed value with live capaian, narrative, workflow, evidence; saved on its own. */
export function RealisasiRow({ scope, row, open, roles, onChange }: { scope: Scope; row: GridRow; open: boolean; roles: readonly Role[]; onChange: (r: GridRow | null) => void }) {
  const [value, setValue] = useState(row.realisasi?.value === null || row.realisasi === null ? '' : formatDecimal(row.realisasi.value));
  const [narrative, setNarrative] = useState<Narrative>(row.realisasi?.narrative ?? {});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [asking, setAsking] = useState<WorkflowAction | null>(null);
  const editable = row.editable && open;

  const live = useMemo(() => {
    const n = tryParseIdNumber(value, 'decimal');
    if (n === null) return row.live;
    const p = periodProgress(row.indicator.targets, { ...row.indicator.realizations, [row.period]: n }, row.period, row.indicator.aggregation, row.indicator.polarity);
    return { target: p.target, capaian: p.capaian, progress: p.progress, band: classifyCapaian(p.capaian) };
  }, [value, row]);
  const far = live.capaian === null ? null : live.capaian < 75 ? 'low' : live.capaian > 150 ? 'high' : null;

  const run = async (fn: () => Promise<GridRow | void>) => {
    setBusy(true);
    setError(null);
    try {
      const r = await fn();
      setSaved(true);
      onChange(r ?? null);
    } catch (e) {
      setError(t.notSaved(messageOf(e)));
    } finally {
      setBusy(false);
    }
  };
  const save = () => run(() => saveRow(scope, { indicator: row.indicator.id, period: row.period, value, narrative }));
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') void save();
  };
  const step = (action: WorkflowAction, comment: string) => {
    setAsking(null);
    void run(() => workflow(scope, { indicator: row.indicator.id, period: row.period, action, ...(comment ? { comment } : {}) }));
  };
  const status = row.realisasi?.status ?? 'draft';
  const actions = workflowActions(roles, status, row.editable);
  // the period target the capaian is measured against (derived from the months when the plan is monthly)
  const periodTarget = row.target.period ?? live.target;

  return (
    <tr>
      <td>
        <strong>{row.indicator.name}</strong>
        {row.indicator.iku ? <Badge tone="info">IKU</Badge> : null}
        <div className="pengukuran__muted">{row.indicator.node?.name}</div>
        {row.rejectComment ? <div className="pengukuran__warn">{t.rejected(row.rejectComment)}</div> : null}
      </td>
      <td>
        {formatValue(periodTarget)} / {formatValue(row.target.year)} {row.indicator.unit}
      </td>
      <td>
        <input aria-label={`${t.colRealisasi} ${row.indicator.name}`} value={value} disabled={!editable || busy} inputMode="decimal" onChange={(e) => { setValue(e.target.value); setSaved(false); }} onKeyDown={onKey} />
        {editable ? (
          <details open={far !== null}>
            <summary>{t.narrative}</summary>
            {far ? <p className="pengukuran__warn">{far === 'low' ? t.needsLow : t.needsHigh}</p> : null}
            {(['success_factors', 'obstacles', 'follow_up'] as const).map((k) => (
              <label key={k}>
                {k === 'success_factors' ? t.successFactors : k === 'obstacles' ? t.obstacles : t.followUp}
                <textarea value={narrative[k] ?? ''} onChange={(e) => setNarrative({ ...narrative, [k]: e.target.value })} rows={2} />
              </label>
            ))}
          </details>
        ) : null}
        {editable ? <Button size="sm" variant="primary" busy={busy} onClick={() => void save()}>{t.save}</Button> : null}
        {saved && !error ? <span className="pengukuran__ok"> {t.saved}</span> : null}
        {error ? <p role="alert" className="pengukuran__error">{error}</p> : null}
      </td>
      <td>
        {live.capaian === null ? id.app.empty : `${formatDecimal(live.capaian)} %`} <BandBadge band={live.band} />
        {live.progress !== null ? <div className="pengukuran__muted">{t.progress(`${formatDecimal(live.progress)} %`)}</div> : null}
      </td>
      <td>
        <Badge tone={status === 'approved' ? 'success' : status === 'draft' ? 'neutral' : 'info'}>{t.status[status] ?? status}</Badge>
        <div className="pengukuran__steps">
          {actions.map((a) => (
            <Button key={a} size="sm" variant={a === 'reject' ? 'danger' : 'secondary'} disabled={busy || !row.realisasi} onClick={() => (a === 'submit' ? step(a, '') : setAsking(a))}>
              {t.actions[a]}
            </Button>
          ))}
        </div>
        <WorkflowDialog
          action={asking}
          summary={id.pengukuranWorkflow.dialogBody(row.indicator.name, formatPeriod(row.period), `${formatDecimal(row.realisasi?.value ?? null)} ${row.indicator.unit ?? ''}`.trim())}
          busy={busy}
          onCancel={() => setAsking(null)}
          onConfirm={(comment) => asking && step(asking, comment)}
        />
      </td>
      <td>
        <ul className="pengukuran__files">
          {row.evidence.map((e) => (
            <li key={e.id}>
              <a href={evidenceUrl(scope, e.id)}>{e.fileName}</a>
            </li>
          ))}
        </ul>
        {editable ? (
          <label className={`${buttonClass('secondary', 'sm')} pengukuran__upload`} title={t.upload}>
            {id.pengukuranWorkflow.uploadButton}
            <input type="file" className="visually-hidden" aria-label={t.upload} accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx" disabled={busy} onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void run(() => uploadEvidence(scope, row.indicator.id, row.period, f));
            }} />
          </label>
        ) : null}
      </td>
    </tr>
  );
}
