import { useId, useState } from 'react';
import type { PasteField } from '@kinerja/domain';
import { isApiError } from '../../../api/error.ts';
import { id } from '../../../i18n/id.ts';
import { Button, Card, FormError, useToast } from '../../../ui/index.ts';
import { pasteTable, type ImportAnswer, type Scope } from './import-api.ts';
import { mappingOf } from './import-model.ts';
import { PreviewView } from './PreviewView.tsx';

const t = id.planningImport;

/** Paste a table copied from Word/Excel: the server's preview, the mapping to correct, then Simpan. */
export function PastePanel({ scope, onChanged }: { scope: Scope; onChanged: () => void }) {
  const toast = useToast();
  const textId = useId();
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const [mapping, setMapping] = useState<Partial<Record<number, PasteField>> | undefined>(undefined);
  const [headerRows, setHeaderRows] = useState<number | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const preview = async (m = mapping, h = headerRows) => {
    if (!text.trim()) return;
    setBusy(true);
    setError(null);
    try {
      setAnswer(await pasteTable(scope, { text, ...(m ? { mapping: m } : {}), ...(h !== undefined ? { headerRows: h } : {}) }));
    } catch (e) {
      setError(isApiError(e) ? e.title : id.errors.unexpected);
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setAnswer(null);
    setMapping(undefined);
    setHeaderRows(undefined);
    setError(null);
  };

  const save = async () => {
    if (!answer) return;
    setSaving(true);
    try {
      const done = await pasteTable(scope, { text, mapping: mappingOf(answer.columns, -1, 'ignore'), headerRows: answer.headerRows, confirm: true });
      const s = done.saved;
      toast.success(s ? t.saved(s.nodesAdded, s.indicatorsAdded, s.valuesChanged) : t.savedNothing);
      setText('');
      reset();
      onChanged();
    } catch (e) {
      toast.error(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title={t.pasteTitle}>
      <p className="import-muted">{t.pasteIntro}</p>
      <div className="field">
        <label className="field__label" htmlFor={textId}>
          {t.pasteLabel}
        </label>
        <textarea
          id={textId}
          className="input import-text"
          rows={8}
          spellCheck={false}
          placeholder={t.pastePlaceholder}
          aria-describedby={`${textId}-hint`}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            reset();
          }}
        />
        <span className="field__hint" id={`${textId}-hint`}>
          {t.pasteHint}
        </span>
      </div>
      <div className="import-actions">
        <Button variant={answer ? 'secondary' : 'primary'} onClick={() => void preview()} disabled={!text.trim()} busy={busy}>
          {t.read}
        </Button>
        {answer ? (
          <label className="import-inline">
            {t.headerRows}
            <input
              type="number"
              className="input input--narrow"
              min={0}
              max={20}
              value={answer.headerRows}
              title={t.headerRowsHint}
              onChange={(e) => {
                const h = Number(e.target.value);
                setHeaderRows(h);
                void preview(mapping, h);
              }}
            />
          </label>
        ) : null}
        {text ? (
          <Button variant="ghost" onClick={() => (setText(''), reset())}>
            {t.clear}
          </Button>
        ) : null}
      </div>
      <FormError message={error} />
      {answer ? (
        <PreviewView
          answer={answer}
          busy={busy}
          saving={saving}
          onMapping={(index, field) => {
            const m = mappingOf(answer.columns, index, field);
            setMapping(m);
            void preview(m);
          }}
          onSave={() => void save()}
          onCancel={reset}
        />
      ) : null}
    </Card>
  );
}
