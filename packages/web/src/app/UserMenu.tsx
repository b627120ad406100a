import { useEffect, useId, useRef, useState } from 'react';
import type { Me } from '../api/types.ts';
import { id } from '../i18n/id.ts';
import { Button } from '../ui/index.ts';
import './UserMenu.css';

export const roleText = (r: Me['roles'][number]): string =>
  [id.user.roles[r.role], r.opd?.name, r.unit?.name].filter(Boolean).join(' — ');

/** The user's name, roles and the Keluar button, in a disclosure panel (Escape closes it). */
export function UserMenu({ me, onLogout }: { me: Me; onLogout: () => void }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="usermenu" ref={root}>
      <button
        ref={button}
        type="button"
        className="usermenu__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`${id.user.menu}: ${me.displayName}`}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="usermenu__avatar" aria-hidden="true">
          {me.displayName.slice(0, 1).toUpperCase()}
        </span>
        <span className="usermenu__name">{me.displayName}</span>
        <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div className="usermenu__panel" id={panelId}>
          <dl>
            <dt>{me.username}</dt>
            <dd>
              <strong>{me.displayName}</strong>
            </dd>
            {me.pemda ? <dd>{me.pemda.name}</dd> : null}
            <dt>{id.user.role}</dt>
            {me.roles.map((r, i) => (
              <dd key={i}>{roleText(r)}</dd>
            ))}
          </dl>
          <Button variant="secondary" block onClick={onLogout}>
            {id.user.logout}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
