import { useState, type FormEvent } from 'react';
import { messageOf } from '../../api/error.ts';
import { id } from '../../i18n/id.ts';
import { Button, Card, FormError, SelectField, TextField } from '../../ui/index.ts';
import { createPlan } from './planning-api.ts';

const t = id.planningEdit;

interface CreatePlanCardProps {
  pemda: string;
  opd: string;
  opdName: string;
  year: number;
  /** Years the OPD already has a plan for (a source of proposed targets). */
  years: readonly number[];
  onCreated: () => void;
}

/** "Buat rencana": an empty plan of the year, or one proposed from an earlier plan's Renstra targets. */
export function CreatePlanCard({ pemda, opd, opdName, year, years, onCreated }: CreatePlanCardProps) {
  const sources = [...years].filter((y) => y < year).sort((a, b) => b - a);
  const [from, setFrom] = useState<string>(sources[0] ? String(sources[0]) : '');
  const [start, setStart] = useState(String(year));
  const [end, setEnd] = useState(String(year + 4));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const s = Number(start);
      const en = Number(end);
      await createPlan(pemda, opd, from ? { year, from: Number(from) } : { year, ...(s && en ? { renstra: { start: s, end: en } } : {}) });
      onCreated();
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };

  return (
    <Card title={t.createTitle(year)}>
      <p>{t.createIntro(opdName, year)}</p>
      <form className="create-plan" onSubmit={(e) => void submit(e)}>
        <SelectField
          label={t.createSource}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          options={[{ value: '', label: t.createEmpty }, ...sources.map((y) => ({ value: String(y), label: t.createFrom(y) }))]}
        />
        {from ? null : (
          <div className="create-plan__period">
            <TextField label={t.renstraStart} inputMode="numeric" value={start} onChange={(e) => setStart(e.target.value)} />
            <TextField label={t.renstraEnd} inputMode="numeric" value={end} onChange={(e) => setEnd(e.target.value)} />
          </div>
        )}
        <FormError message={error} />
        <div>
          <Button type="submit" variant="primary" busy={busy}>
            {busy ? t.creating : t.createSubmit}
          </Button>
        </div>
      </form>
    </Card>
  );
}
