import { useState, type FormEvent } from 'react';
import { createUser, getOpd, paths } from '../../api/endpoints.ts';
import { isApiError, messageOf } from '../../api/error.ts';
import type { Opd, Role, User } from '../../api/types.ts';
import { useResource } from '../../hooks/useResource.ts';
import { id } from '../../i18n/id.ts';
import { Button, Dialog, FormError, SelectField, TextField } from '../../ui/index.ts';
import { ASSIGNABLE_ROLES, fieldOfWhere, needsOpd, needsUnit } from './roles.ts';

const t = id.admin;

interface Props {
  pemda: string;
  opds: readonly Opd[];
  open: boolean;
  onClose: () => void;
  onCreated: (user: User) => void;
}

/** New user with one role; an API error is shown beside the field it names. */
export function CreateUserDialog({ pemda, opds, open, onClose, onCreated }: Props) {
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('admin_opd');
  const [opd, setOpd] = useState(opds[0]?.slug ?? '');
  const [unit, setUnit] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const units = useResource(open && needsUnit(role) && opd ? paths.opd(pemda, opd) : null, (s) => getOpd(pemda, opd, s));

  const where = isApiError(error) ? fieldOfWhere(error.where) : undefined;
  const fieldError = (name: string) => (error && where === name ? messageOf(error) : null);
  const known = ['username', 'displayName', 'password', 'role', 'opd', 'unit'];
  const formError = error && !(where && known.includes(where)) ? messageOf(error) : null;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const grant = { role, ...(needsOpd(role) ? { opd } : {}), ...(needsUnit(role) && unit ? { unit } : {}) };
      const user = await createUser(pemda, { username: username.trim(), displayName: displayName.trim(), password, roles: [grant] });
      onCreated(user);
      setUsername('');
      setDisplayName('');
      setPassword('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} title={t.addUser} onClose={onClose}>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <FormError message={formError} />
        <TextField label={t.username} autoComplete="off" autoCapitalize="none" spellCheck={false} required value={username} onChange={(e) => setUsername(e.target.value)} error={fieldError('username')} />
        <TextField label={t.displayName} required value={displayName} onChange={(e) => setDisplayName(e.target.value)} error={fieldError('displayName')} />
        <TextField label={t.password} type="password" autoComplete="new-password" hint={t.passwordHint} required value={password} onChange={(e) => setPassword(e.target.value)} error={fieldError('password')} />
        <SelectField
          label={t.role}
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          options={ASSIGNABLE_ROLES.map((r) => ({ value: r, label: id.user.roles[r] }))}
          error={fieldError('role')}
        />
        {needsOpd(role) ? (
          <SelectField
            label={t.roleOpd}
            hint={t.roleOpdHint}
            value={opd}
            onChange={(e) => setOpd(e.target.value)}
            options={opds.map((o) => ({ value: o.slug, label: o.abbr ? `${o.abbr} — ${o.name}` : o.name }))}
            error={fieldError('opd')}
          />
        ) : null}
        {needsUnit(role) ? (
          <SelectField
            label={t.roleUnit}
            value={unit}
            onChange={(e) => setUnit(e.target.value)}
            options={[{ value: '', label: id.scope.choose }, ...(units.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))]}
            error={fieldError('unit')}
          />
        ) : null}
        <div className="row" style={{ justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{id.app.cancel}</Button>
          <Button type="submit" variant="primary" busy={busy}>
            {id.app.save}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
