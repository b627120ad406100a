import { useId, useState } from 'react';
import { isApiError } from '../../../api/error.ts';
import { id } from '../../../i18n/id.ts';
import { Button, buttonClass, Card, FormError, SelectField, useToast } from '../../../ui/index.ts';
import { EXPORT_TABLES, fileToBase64, IMPORT_TABLES, uploadXlsx, xlsxUrl, type ImportAnswer, type ImportTable, type Scope } from './import-api.ts';
import { PreviewView } from './PreviewView.tsx';

const t = id.planningImport;

/** Download each planning table as XLSX; upload an edited one with the same preview → Simpan flow. */
export function XlsxPanel({ scope, canEdit, onChanged }: { scope: Scope; canEdit: boolean; onChanged: () => void }) {
  const toast = useToast();
  const fileId = useId();
  const [table, setTable] = useState<ImportTable>('renaksi');
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const [busy, setBusy] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);

  const check = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      setAnswer(await uploadXlsx(scope, { table, file: file.base64 }));
    } catch (e) {
      setError(isApiError(e) ? e.title : id.errors.unexpected);
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setAnswer(null);
    setFile(null);
    setError(null);
    setInputKey((k) => k + 1);
  };

  const save = async () => {
    if (!file) return;
    setSaving(true);
    try {
      const s = (await uploadXlsx(scope, { table, file: file.base64, confirm: true })).saved;
      toast.success(s ? t.saved(s.nodesAdded, s.indicatorsAdded, s.valuesChanged) : t.savedNothing);
      reset();
      onChanged();
    } catch (e) {
      toast.error(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title={t.xlsxTitle}>
      <p className="import-muted">{t.xlsxIntro}</p>
      <ul className="import-downloads">
        {EXPORT_TABLES.map((x) => (
          <li key={x}>
            <a className={buttonClass('secondary', 'sm')} href={xlsxUrl(scope, x)} download>
              {t.downloadTable(t.tables[x] ?? x)}
            </a>
          </li>
        ))}
      </ul>
      {canEdit ? (
        <>
          <h3 className="import-subtitle">{t.uploadTitle}</h3>
          <div className="import-upload">
            <SelectField
              label={t.uploadTable}
              value={table}
              options={IMPORT_TABLES.map((x) => ({ value: x, label: t.tables[x] ?? x }))}
              onChange={(e) => {
                setTable(e.target.value as ImportTable);
                setAnswer(null);
              }}
            />
            <div className="field">
              <label className="field__label" htmlFor={fileId}>
                {t.uploadFile}
              </label>
              <input
                key={inputKey}
                id={fileId}
                type="file"
                className="input"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-describedby={`${fileId}-hint`}
                onChange={async (e) => {
                  const f = e.target.files?.[0];
                  setAnswer(null);
                  setFile(f ? { name: f.name, base64: await fileToBase64(f) } : null);
                }}
              />
              <span className="field__hint" id={`${fileId}-hint`}>
                {t.uploadHint}
              </span>
            </div>
            <Button variant="primary" onClick={() => void check()} disabled={!file} busy={busy}>
              {t.uploadRead}
            </Button>
          </div>
          <FormError message={error} />
          {answer ? <PreviewView answer={answer} busy={busy} saving={saving} onSave={() => void save()} onCancel={reset} /> : null}
        </>
      ) : null}
    </Card>
  );
}
