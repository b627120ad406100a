import { useEffect, useRef } from 'react';
import { NavLink } from 'react-router';
import { id } from '../i18n/id.ts';
import type { Section } from '../model/access.ts';

const ICONS: Record<Section, string> = {
  beranda: '⌂',
  ringkasan: '▦',
  perencanaan: '☰',
  pengukuran: '◎',
  pelaporan: '▤',
  evaluasi: '✓',
  admin: '⚙',
};

interface NavMenuProps {
  sections: readonly Section[];
  hrefOf: (section: Section) => string;
  open: boolean;
  onNavigate: () => void;
}

/** The main navigation: a side column on wide screens, a drawer behind the menu button on phones. */
export function NavMenu({ sections, hrefOf, open, onNavigate }: NavMenuProps) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    closeRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onNavigate();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, onNavigate]);

  return (
    <>
      <div className="nav-backdrop" data-open={open} onClick={onNavigate} aria-hidden="true" />
      <nav id="main-nav" className="sidenav" aria-label={id.nav.label} data-open={open}>
        <div className="sidenav__head">
          <span>{id.app.name}</span>
          <button ref={closeRef} type="button" className="icon-btn" aria-label={id.app.closeMenu} onClick={onNavigate}>
            ×
          </button>
        </div>
        <ul>
          {sections.map((s) => (
            <li key={s}>
              <NavLink to={hrefOf(s)} end={s === 'beranda'} onClick={onNavigate}>
                <span className="sidenav__icon" aria-hidden="true">
                  {ICONS[s]}
                </span>
                {s === 'ringkasan' ? id.monitoring.nav : id.nav[s]}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
