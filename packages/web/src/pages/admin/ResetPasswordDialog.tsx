import { useState, type FormEvent } from 'react';
import { updateUser } from '../../api/endpoints.ts';
import { isApiError, messageOf } from '../../api/error.ts';
import type { User } from '../../api/types.ts';
import { id } from '../../i18n/id.ts';
import { Button, Dialog, FormError, TextField } from '../../ui/index.ts';

const t = id.admin;

interface Props {
  pemda: string;
  user: User | null;
  onClose: () => void;
  onDone: (user: User) => void;
}

/** Sets a new password for a user (the admin tells it to the user out of band). */
export function ResetPasswordDialog({ pemda, user, onClose, onDone }: Props) {
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const onPasswordField = isApiError(error) && error.where === 'password';

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!user) return;
    setBusy(true);
    setError(null);
    try {
      onDone(await updateUser(pemda, user.id, { password }));
      setPassword('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={user !== null} title={user ? t.resetFor(user.displayName) : t.resetPassword} onClose={onClose}>
      <form className="stack" onSubmit={onSubmit} noValidate>
        <FormError message={error && !onPasswordField ? messageOf(error) : null} />
        <TextField
          label={t.newPassword}
          type="password"
          autoComplete="new-password"
          hint={t.passwordHint}
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={onPasswordField ? messageOf(error) : null}
        />
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
