import { useState } from 'react';
import { id } from '../../../i18n/id.ts';
import { Button, Dialog, FormError, TextField } from '../../../ui/index.ts';
import { versionTitle } from './version-model.ts';
import { patchVersion, type PlanKey, type Signatory, type VersionInfo } from './versions-api.ts';
import { useSubmit } from './use-submit.ts';

const t = id.planningVersions;

interface Props {
  planKey: PlanKey;
  version: VersionInfo | null;
  onClose: () => void;
  onDone: (v: VersionInfo) => void;
}

type Party = 'first' | 'second';
type SignatoryForm = Record<keyof Signatory, string>;
const blank: SignatoryForm = { name: '', rank: '', nip: '', position: '' };
const toForm = (s: Signatory | null | undefined): SignatoryForm => ({ name: s?.name ?? '', rank: s?.rank ?? '', nip: s?.nip ?? '', position: s?.position ?? '' });
const fromForm = (f: SignatoryForm): Signatory | null =>
  f.name.trim() ? { name: f.name.trim(), rank: f.rank.trim() || null, nip: f.nip.replace(/\s+/g, '') || null, position: f.position.trim() || null } : null;

/** A draft's legal basis, date and signatories (pihak pertama and kedua, as on a PK). */
export function EditVersionDialog(props: Props) {
  return props.version ? <EditForm key={props.version.id} {...props} version={props.version} /> : <Dialog open={false} title="" onClose={props.onClose}>{null}</Dialog>;
}

function EditForm({ planKey, version, onClose, onDone }: Props & { version: VersionInfo }) {
  const [basis, setBasis] = useState(version.basis ?? '');
  const [signed, setSigned] = useState(version.signed ?? '');
  const [parties, setParties] = useState<Record<Party, SignatoryForm>>({ first: toForm(version.signatories.first), second: toForm(version.signatories.second) });
  const s = useSubmit(async () => {
    const v = await patchVersion(planKey, version.id, {
      basis: basis.trim() || null,
      signed: signed || null,
      signatories: { first: fromForm(parties.first), second: fromForm(parties.second) },
    });
    onDone(v);
  }, ['basis', 'signed', 'signatories.first.nip', 'signatories.second.nip']);
  const set = (party: Party, field: keyof Signatory, value: string) => setParties((p) => ({ ...p, [party]: { ...(p[party] ?? blank), [field]: value } }));
  const fields = (party: Party, legend: string) => (
    <fieldset>
      <legend>{legend}</legend>
      <TextField label={t.signatoryName} value={parties[party].name} onChange={(e) => set(party, 'name', e.target.value)} autoComplete="off" />
      <TextField label={t.signatoryRank} value={parties[party].rank} onChange={(e) => set(party, 'rank', e.target.value)} autoComplete="off" />
      <TextField label={t.signatoryNip} value={parties[party].nip} inputMode="numeric" onChange={(e) => set(party, 'nip', e.target.value)} autoComplete="off" error={s.fieldError(`signatories.${party}.nip`)} />
      <TextField label={t.signatoryPosition} value={parties[party].position} onChange={(e) => set(party, 'position', e.target.value)} autoComplete="off" />
    </fieldset>
  );
  return (
    <Dialog open title={t.editTitle(versionTitle(version))} onClose={onClose}>
      <form className="pv-form" onSubmit={s.onSubmit} noValidate>
        <FormError message={s.formError} />
        <div className="pv-form__pair">
          <TextField label={t.basis} hint={t.basisHint} value={basis} onChange={(e) => setBasis(e.target.value)} error={s.fieldError('basis')} />
          <TextField label={t.date} type="date" value={signed} onChange={(e) => setSigned(e.target.value)} error={s.fieldError('signed')} />
        </div>
        {fields('first', t.first)}
        {fields('second', t.second)}
        <div className="pv-form__actions">
          <Button onClick={onClose}>{id.app.cancel}</Button>
          <Button type="submit" variant="primary" busy={s.busy}>
            {id.app.save}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
