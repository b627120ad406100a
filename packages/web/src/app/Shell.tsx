import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { id } from '../i18n/id.ts';
import { visibleSections, type Section } from '../model/access.ts';
import { pemdaAdminPath, parseYear, scopePath, type ScopedPage } from '../model/scope.ts';
import { useSession } from '../session/SessionProvider.tsx';
import { Loading } from '../ui/index.ts';
import { DemoRibbon } from './DemoRibbon.tsx';
import { NavMenu } from './NavMenu.tsx';
import { ScopeSelectors } from './ScopeSelectors.tsx';
import { UserMenu } from './UserMenu.tsx';
import './Shell.css';

const PAGES: readonly ScopedPage[] = ['ringkasan', 'perencanaan', 'pengukuran', 'pelaporan', 'evaluasi', 'admin'];

/** The page segment after `/p/:pemda/:opd/:year/` (or `admin` of `/p/:pemda/admin`). */
function pageOf(pathname: string): ScopedPage {
  const last = pathname.split('/').filter(Boolean).at(-1) ?? '';
  return (PAGES as readonly string[]).includes(last) ? (last as ScopedPage) : '';
}

/** Header (app name, scope selectors, user menu), navigation, the demo ribbon and the page. */
export function Shell() {
  const { me, demo, logout } = useSession();
  const params = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const [navOpen, setNavOpen] = useState(false);
  const main = useRef<HTMLElement>(null);
  const page = pageOf(location.pathname);
  const year = parseYear(params.year);
  const pemda = params.pemda ?? me?.pemda?.slug;

  useEffect(() => setNavOpen(false), [location.pathname]);
  // After a navigation inside the app, move focus to the page so screen readers start there.
  const firstPath = useRef(location.pathname);
  useEffect(() => {
    if (location.pathname === firstPath.current) return;
    firstPath.current = '';
    main.current?.focus({ preventScroll: true });
  }, [location.pathname]);
  const closeNav = useCallback(() => setNavOpen(false), []);

  if (!me) return null;
  const sections = visibleSections(me);
  const hrefOf = (s: Section): string => {
    if (params.pemda && params.opd && year !== null) return scopePath({ pemda: params.pemda, opd: params.opd, year }, s === 'beranda' ? '' : s);
    if (s === 'admin' && pemda) return pemdaAdminPath(pemda);
    return pemda ? `/p/${pemda}` : '/';
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {id.app.skipToContent}
      </a>
      {demo ? (
        <DemoRibbon />
      ) : null}
      <header className="topbar">
        <button
          type="button"
          className="icon-btn menu-btn"
          aria-expanded={navOpen}
          aria-controls="main-nav"
          aria-label={navOpen ? id.app.closeMenu : id.app.openMenu}
          onClick={() => setNavOpen((o) => !o)}
        >
          ☰
        </button>
        <Link className="brand" to="/">
          {id.app.name}
          <small>{id.app.tagline}</small>
        </Link>
        <span className="topbar__spacer" />
        <UserMenu
          me={me}
          onLogout={() => {
            void logout().then(() => navigate('/masuk'));
          }}
        />
      </header>
      <ScopeSelectors me={me} pemda={pemda} opd={params.opd} year={params.year} page={page} />
      <div className="layout">
        <NavMenu sections={sections} hrefOf={hrefOf} open={navOpen} onNavigate={closeNav} />
        <main id="main" className="main" ref={main} tabIndex={-1}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </>
  );
}
