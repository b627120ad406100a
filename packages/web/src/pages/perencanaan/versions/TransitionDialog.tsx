import { useState } from 'react';
import { id } from '../../../i18n/id.ts';
import { Button, Dialog, Field, FormError, TextField } from '../../../ui/index.ts';
import { versionTitle } from './version-model.ts';
import { moveVersion, type PlanKey, type Transition, type VersionInfo } from './versions-api.ts';
import { useSubmit } from './use-submit.ts';

const t = id.planningVersions;

interface Props {
  planKey: PlanKey;
  target: { version: VersionInfo; to: Transition } | null;
  onClose: () => void;
  onDone: (v: VersionInfo) => void;
}

/** Submit, approve, sign or send back a version, with a note kept in its history and the audit log. */
export function TransitionDialog({ planKey, target, onClose, onDone }: Props) {
  const [note, setNote] = useState('');
  const [signed, setSigned] = useState('');
  const to = target?.to ?? 'submitted';
  const s = useSubmit(async () => {
    if (!target) return;
    const v = await moveVersion(planKey, target.version.id, { to, note: note.trim() || null, ...(to === 'signed' && signed ? { signed } : {}) });
    setNote('');
    setSigned('');
    onDone(v);
  }, ['signed', 'note']);
  const title = target ? t.transitionTitle[to](versionTitle(target.version)) : '';
  const actionLabel = { submitted: t.actions.submit, approved: t.actions.approve, signed: t.actions.sign, draft: t.actions.return }[to];
  return (
    <Dialog open={target !== null} title={title} onClose={onClose}>
      <form className="pv-form" onSubmit={s.onSubmit} noValidate>
        <p className="pv__intro">{t.transitionIntro[to]}</p>
        <FormError message={s.formError} />
        {to === 'signed' ? (
          <TextField
            label={t.signedDate}
            type="date"
            required={!target?.version.signed}
            value={signed || target?.version.signed || ''}
            onChange={(e) => setSigned(e.target.value)}
            error={s.fieldError('signed')}
          />
        ) : null}
        <Field label={t.comment} hint={t.commentHint} error={s.fieldError('note')}>
          {({ inputId, describedBy }) => <textarea id={inputId} className="pv-textarea" aria-describedby={describedBy} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        <div className="pv-form__actions">
          <Button onClick={onClose}>{id.app.cancel}</Button>
          <Button type="submit" variant={to === 'draft' ? 'secondary' : 'primary'} busy={s.busy}>
            {actionLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
