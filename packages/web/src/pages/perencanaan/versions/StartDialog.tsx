import { useState } from 'react';
import { id } from '../../../i18n/id.ts';
import { Button, Dialog, FormError, SelectField, TextField } from '../../../ui/index.ts';
import { kindLabel } from './version-model.ts';
import { startVersion, type PlanKey, type VersionInfo } from './versions-api.ts';
import { useSubmit } from './use-submit.ts';

const t = id.planningVersions;

interface Props {
  planKey: PlanKey;
  open: boolean;
  /** the kinds not started yet */
  kinds: readonly string[];
  onClose: () => void;
  onDone: (v: VersionInfo) => void;
}

/** Starts a document of the year (Renstra, IKU, Renja, PK, Rencana Aksi) as a draft version. */
export function StartDialog({ planKey, open, kinds, onClose, onDone }: Props) {
  const [kind, setKind] = useState('');
  const [basis, setBasis] = useState('');
  const chosen = kind || kinds[0] || '';
  const s = useSubmit(async () => {
    if (!chosen) return;
    const v = await startVersion(planKey, { kind: chosen, basis: basis.trim() || null });
    setKind('');
    setBasis('');
    onDone(v);
  }, ['kind', 'basis']);
  return (
    <Dialog open={open} title={t.startTitle} onClose={onClose}>
      <form className="pv-form" onSubmit={s.onSubmit} noValidate>
        <p className="pv__intro">{t.startHint}</p>
        <FormError message={s.formError} />
        <SelectField label={t.startKind} value={chosen} onChange={(e) => setKind(e.target.value)} options={kinds.map((k) => ({ value: k, label: kindLabel(k) }))} error={s.fieldError('kind')} />
        <TextField label={t.basis} hint={t.basisHint} value={basis} onChange={(e) => setBasis(e.target.value)} error={s.fieldError('basis')} />
        <div className="pv-form__actions">
          <Button onClick={onClose}>{id.app.cancel}</Button>
          <Button type="submit" variant="primary" busy={s.busy} disabled={!chosen}>
            {t.start}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
