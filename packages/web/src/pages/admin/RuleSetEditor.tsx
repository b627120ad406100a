import { useState, type FormEvent } from 'react';
import { isApiError, messageOf } from '../../api/error.ts';
import { id } from '../../i18n/id.ts';
import { Button, Card, Dialog, FormError, SelectField, TextField, type Option } from '../../ui/index.ts';
import type { RuleParamsView } from './RuleSetSummary.tsx';

const t = id.rules;
const PRESETS = ['pemda-default', 'legacy-renja', 'bands-integer', 'inverse-ratio'];
const opts = (labels: Record<string, string>): Option[] => Object.entries(labels).map(([value, label]) => ({ value, label }));
/** Fields an API error can name (`where`); anything else is shown above the form. */
const FIELDS = ['rules', 'preset', 'key', 'negativeFormula', 'capaianBands', 'capaianCap', 'renstraPrintedBase', 'reason'];
const yesNo: Option[] = [
  { value: 'true', label: t.yes },
  { value: 'false', label: t.no },
];

/** What the PUT /rules/:year body carries. */
export type RuleSetChange = { preset: string; reason?: string } | { key: string; params: Partial<RuleParamsView>; reason?: string };

interface Props {
  year: number;
  current: { key: string; source: string; params: RuleParamsView };
  onApply: (change: RuleSetChange) => Promise<void>;
}

/** Pick a preset or change a few parameters; a confirmation says every view of the year is recomputed. */
export function RuleSetEditor({ year, current, onApply }: Props) {
  const [mode, setMode] = useState<'preset' | 'custom'>(current.source === 'custom' ? 'custom' : 'preset');
  const [preset, setPreset] = useState(current.source === 'preset' ? current.key : 'pemda-default');
  const [key, setKey] = useState(current.source === 'custom' ? current.key : `kustom-${year}`);
  const p = current.params;
  const [negativeFormula, setNegative] = useState(p.negativeFormula);
  const [capaianBands, setBands] = useState(p.capaianBands);
  const [cap, setCap] = useState(p.capaianCap === null ? 'none' : String(p.capaianCap));
  const [capDisplay, setCapDisplay] = useState(String(p.capDisplay));
  const [includeBaseline, setBaseline] = useState(String(p.includeBaseline));
  const [printedBase, setPrintedBase] = useState(p.renstraPrintedBase);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const where = isApiError(error) ? error.where : undefined;
  const fieldError = (f: string) => (error && where === f ? messageOf(error) : null);

  const change = (): RuleSetChange => {
    const why = reason.trim() ? { reason: reason.trim() } : {};
    if (mode === 'preset') return { preset, ...why };
    const params: Partial<RuleParamsView> = {
      negativeFormula,
      capaianBands,
      capaianCap: cap === 'none' ? null : Number(cap),
      capDisplay: capDisplay === 'true',
      includeBaseline: includeBaseline === 'true',
      renstraPrintedBase: printedBase,
    };
    return { key: key.trim(), params, ...why };
  };
  const name = mode === 'preset' ? (t.presetNames[preset] ?? preset) : key.trim();

  const apply = async () => {
    setBusy(true);
    setError(null);
    try {
      await onApply(change());
      setConfirming(false);
      setReason('');
    } catch (err) {
      setError(err);
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setConfirming(true);
  };

  return (
    <Card title={t.change}>
      <form className="stack" onSubmit={onSubmit} noValidate style={{ maxWidth: '40rem' }}>
        <FormError message={error && !(where && FIELDS.includes(where)) ? messageOf(error) : null} />
        <SelectField
          label={t.mode}
          value={mode}
          onChange={(e) => setMode(e.target.value === 'custom' ? 'custom' : 'preset')}
          options={[
            { value: 'preset', label: t.modePreset },
            { value: 'custom', label: t.modeCustom },
          ]}
        />
        {mode === 'preset' ? (
          <SelectField label={t.presetField} value={preset} onChange={(e) => setPreset(e.target.value)} error={fieldError('rules') ?? fieldError('preset')} options={PRESETS.map((k) => ({ value: k, label: `${t.presetNames[k] ?? k} (${k})` }))} />
        ) : (
          <>
            <TextField label={t.keyField} hint={t.keyHint} autoCapitalize="none" spellCheck={false} value={key} onChange={(e) => setKey(e.target.value)} error={fieldError('key')} />
            <SelectField label={t.negativeField} value={negativeFormula} onChange={(e) => setNegative(e.target.value)} error={fieldError('negativeFormula')} options={opts(t.negativeOptions)} />
            <SelectField label={t.bandsField} value={capaianBands} onChange={(e) => setBands(e.target.value)} error={fieldError('capaianBands')} options={opts(t.bandsOptions)} />
            <SelectField label={t.capField} value={cap} onChange={(e) => setCap(e.target.value)} error={fieldError('capaianCap')} options={opts(t.capOptions)} />
            <SelectField label={t.capDisplayField} value={capDisplay} onChange={(e) => setCapDisplay(e.target.value)} disabled={cap === 'none'} options={yesNo} />
            <SelectField label={t.baselineField} value={includeBaseline} onChange={(e) => setBaseline(e.target.value)} options={yesNo} />
            <SelectField label={t.printedBaseField} value={printedBase} onChange={(e) => setPrintedBase(e.target.value)} error={fieldError('renstraPrintedBase')} options={opts(t.printedBase)} />
          </>
        )}
        <TextField label={t.reasonField} hint={t.reasonHint} value={reason} onChange={(e) => setReason(e.target.value)} error={fieldError('reason')} />
        <div>
          <Button type="submit" variant="primary">
            {t.review}
          </Button>
        </div>
      </form>
      <Dialog
        open={confirming}
        title={t.confirmTitle}
        onClose={() => setConfirming(false)}
        footer={
          <>
            <Button onClick={() => setConfirming(false)}>{id.app.cancel}</Button>
            <Button variant="primary" busy={busy} onClick={() => void apply()}>
              {t.confirm}
            </Button>
          </>
        }
      >
        <p>{t.confirmBody(year, name)}</p>
      </Dialog>
    </Card>
  );
}
