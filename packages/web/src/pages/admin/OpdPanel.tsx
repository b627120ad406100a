import { useState, type FormEvent } from 'react';
import { createOpd, paths } from '../../api/endpoints.ts';
import { isApiError, messageOf } from '../../api/error.ts';
import type { Opd } from '../../api/types.ts';
import { invalidate } from '../../hooks/useResource.ts';
import { id } from '../../i18n/id.ts';
import { Button, Card, EmptyState, FormError, Table, TextField, useToast } from '../../ui/index.ts';

const t = id.admin;

/** OPD of the Pemda: list and create. */
export function OpdPanel({ pemda, opds, onChanged }: { pemda: string; opds: readonly Opd[]; onChanged: () => void }) {
  const toast = useToast();
  const [name, setName] = useState('');
  const [abbr, setAbbr] = useState('');
  const [slug, setSlug] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const where = isApiError(error) ? error.where : undefined;
  const fieldError = (f: string) => (error && where === f ? messageOf(error) : null);
  const formError = error && !(where && ['name', 'abbr', 'slug'].includes(where)) ? messageOf(error) : null;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await createOpd(pemda, { name: name.trim(), abbr: abbr.trim(), ...(slug.trim() ? { slug: slug.trim() } : {}) });
      toast.success(t.opdCreated(created.name));
      setName('');
      setAbbr('');
      setSlug('');
      invalidate(paths.opdList(pemda));
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      {opds.length === 0 ? (
        <EmptyState title={t.noOpd} />
      ) : (
        <Table caption={t.opdTab} hideCaption>
          <thead>
            <tr>
              <th scope="col">{t.opdAbbr}</th>
              <th scope="col">{t.opdName}</th>
              <th scope="col">Slug</th>
              <th scope="col">{t.opdYears}</th>
            </tr>
          </thead>
          <tbody>
            {opds.map((o) => (
              <tr key={o.id}>
                <th scope="row">{o.abbr ?? id.app.empty}</th>
                <td>{o.name}</td>
                <td>
                  <span className="code">{o.slug}</span>
                </td>
                <td>{o.years.length ? o.years.join(', ') : id.app.empty}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Card title={t.addOpd}>
        <form className="stack" onSubmit={onSubmit} noValidate style={{ maxWidth: '36rem' }}>
          <FormError message={formError} />
          <TextField label={t.opdName} required value={name} onChange={(e) => setName(e.target.value)} error={fieldError('name')} />
          <TextField label={t.opdAbbr} required value={abbr} onChange={(e) => setAbbr(e.target.value)} error={fieldError('abbr')} />
          <TextField label={t.opdSlug} hint={t.opdSlugHint} autoCapitalize="none" spellCheck={false} value={slug} onChange={(e) => setSlug(e.target.value)} error={fieldError('slug')} />
          <div>
            <Button type="submit" variant="primary" busy={busy}>
              {t.addOpd}
            </Button>
          </div>
        </form>
      </Card>
    </div>
  );
}
