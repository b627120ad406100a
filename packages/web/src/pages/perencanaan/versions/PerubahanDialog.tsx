import { useState } from 'react';
import { id } from '../../../i18n/id.ts';
import { Button, Dialog, FormError, TextField } from '../../../ui/index.ts';
import { versionTitle } from './version-model.ts';
import { createPerubahan, type PlanKey, type VersionInfo } from './versions-api.ts';
import { useSubmit } from './use-submit.ts';

const t = id.planningVersions;

interface Props {
  planKey: PlanKey;
  version: VersionInfo | null;
  onClose: () => void;
  onDone: (v: VersionInfo) => void;
}

/** "Buat Perubahan": a new draft version of an approved or signed one, with its legal basis and date. */
export function PerubahanDialog({ planKey, version, onClose, onDone }: Props) {
  const [basis, setBasis] = useState('');
  const [signed, setSigned] = useState('');
  const [local, setLocal] = useState<{ basis?: string; signed?: string }>({});
  const s = useSubmit(async () => {
    if (!version) return;
    const missing = { ...(basis.trim() ? {} : { basis: t.perubahanBasisRequired }), ...(signed ? {} : { signed: t.perubahanDateRequired }) };
    setLocal(missing);
    if (missing.basis || missing.signed) return;
    const v = await createPerubahan(planKey, version.id, { basis: basis.trim(), signed });
    setBasis('');
    setSigned('');
    onDone(v);
  }, ['basis', 'signed']);
  return (
    <Dialog open={version !== null} title={version ? t.perubahanTitle(versionTitle(version)) : ''} onClose={onClose}>
      <form className="pv-form" onSubmit={s.onSubmit} noValidate>
        <p className="pv__intro">{t.perubahanIntro}</p>
        <FormError message={s.formError} />
        <TextField label={t.basis} hint={t.basisHint} required value={basis} onChange={(e) => setBasis(e.target.value)} error={local.basis ?? s.fieldError('basis')} />
        <TextField label={t.date} type="date" required value={signed} onChange={(e) => setSigned(e.target.value)} error={local.signed ?? s.fieldError('signed')} />
        <div className="pv-form__actions">
          <Button onClick={onClose}>{id.app.cancel}</Button>
          <Button type="submit" variant="primary" busy={s.busy}>
            {t.actions.perubahan}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
