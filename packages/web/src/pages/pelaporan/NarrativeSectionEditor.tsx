import { useId, useState } from 'react';
import { isApiError, messageOf } from '../../api/error.ts';
import { formatDate } from '../../format.ts';
import { id } from '../../i18n/id.ts';
import type { Scope } from '../../model/scope.ts';
import { Button, useToast } from '../../ui/index.ts';
import { saveNarrative } from './api.ts';
import { formatWhen } from './report-model.ts';
import type { NarrativeSection } from './types.ts';

const t = id.pelaporan;

interface Props {
  scope: Scope;
  section: NarrativeSection;
  readOnly: boolean;
}

/** One narrative section: a textarea saved on its own, with who saved it last and when. */
export function NarrativeSectionEditor({ scope, section: initial, readOnly }: Props) {
  const [saved, setSaved] = useState(initial);
  const [text, setText] = useState(initial.text);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const toast = useToast();
  const inputId = useId();
  const dirty = text !== saved.text;

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const next = await saveNarrative(scope.pemda, scope.opd, scope.year, 'lkjip', saved.id, text);
      setSaved(next);
      setText(next.text);
      toast.success(t.saved(next.label));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="narrative">
      <label className="narrative__label" htmlFor={inputId}>
        {saved.label}
      </label>
      <textarea
        id={inputId}
        className="narrative__text input"
        rows={6}
        value={text}
        readOnly={readOnly}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="narrative__foot">
        <span className="muted">
          {saved.updatedBy && saved.updatedAt ? t.savedBy(saved.updatedBy, formatWhen(saved.updatedAt, id.months) || formatDate(saved.updatedAt)) : t.notSaved}
          {' · '}
          {t.chars(text.length)}
          {dirty ? ` · ${t.unsaved}` : ''}
        </span>
        {readOnly ? null : (
          <Button size="sm" variant={dirty ? 'primary' : 'secondary'} busy={busy} disabled={!dirty} onClick={save}>
            {t.saveSection}
          </Button>
        )}
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {isApiError(error) ? error.title : messageOf(error)}
        </p>
      ) : null}
    </section>
  );
}
