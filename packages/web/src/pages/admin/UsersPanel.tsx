import { useState } from 'react';
import { paths, updateUser } from '../../api/endpoints.ts';
import type { Opd, User } from '../../api/types.ts';
import { useUsers } from '../../app/data.ts';
import { ErrorState } from '../../app/NotFound.tsx';
import { roleText } from '../../app/UserMenu.tsx';
import { invalidate } from '../../hooks/useResource.ts';
import { id } from '../../i18n/id.ts';
import { Badge, Button, EmptyState, Loading, Table, useToast } from '../../ui/index.ts';
import { CreateUserDialog } from './CreateUserDialog.tsx';
import { ResetPasswordDialog } from './ResetPasswordDialog.tsx';

const t = id.admin;

/** Users of the Pemda: list, create, disable/enable, reset password. */
export function UsersPanel({ pemda, opds }: { pemda: string; opds: readonly Opd[] }) {
  const users = useUsers(pemda);
  const toast = useToast();
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const refresh = () => {
    invalidate(paths.users(pemda));
    users.reload();
  };

  const toggleDisabled = async (u: User) => {
    setBusyId(u.id);
    try {
      const updated = await updateUser(pemda, u.id, { disabled: !u.disabled });
      toast.success(t.userUpdated(updated.displayName));
      refresh();
    } catch (e) {
      toast.error(e);
    } finally {
      setBusyId(null);
    }
  };

  return (
    <div className="stack">
      <div className="row" style={{ justifyContent: 'flex-end' }}>
        <Button variant="primary" onClick={() => setCreating(true)}>
          + {t.addUser}
        </Button>
      </div>
      {users.loading ? (
        <Loading />
      ) : users.error ? (
        <ErrorState error={users.error} onRetry={users.reload} />
      ) : !users.data?.length ? (
        <EmptyState title={t.noUsers} />
      ) : (
        <Table caption={t.usersTab} hideCaption>
          <thead>
            <tr>
              <th scope="col">{t.username}</th>
              <th scope="col">{t.displayName}</th>
              <th scope="col">{t.roles}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.actions}</th>
            </tr>
          </thead>
          <tbody>
            {users.data.map((u) => (
              <tr key={u.id}>
                <th scope="row">
                  <span className="code">{u.username}</span>
                </th>
                <td>{u.displayName}</td>
                <td>{u.roles.map((r) => roleText(r)).join('; ') || id.app.empty}</td>
                <td>{u.disabled ? <Badge tone="danger">{t.disabled}</Badge> : <Badge tone="success">{t.active}</Badge>}</td>
                <td>
                  <div className="row" style={{ flexWrap: 'nowrap', gap: 'var(--sp-2)' }}>
                    <Button size="sm" variant={u.disabled ? 'secondary' : 'danger'} busy={busyId === u.id} onClick={() => void toggleDisabled(u)}>
                      {u.disabled ? t.enable : t.disable}
                    </Button>
                    <Button size="sm" onClick={() => setResetting(u)}>
                      {t.resetPassword}
                    </Button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <CreateUserDialog
        pemda={pemda}
        opds={opds}
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(u) => {
          setCreating(false);
          toast.success(t.userCreated(u.displayName));
          refresh();
        }}
      />
      <ResetPasswordDialog
        pemda={pemda}
        user={resetting}
        onClose={() => setResetting(null)}
        onDone={(u) => {
          setResetting(null);
          toast.success(t.passwordReset(u.displayName));
        }}
      />
    </div>
  );
}
