import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { LoginPage } from '../pages/login/LoginPage.tsx';
import { HomeRedirect } from './HomeRedirect.tsx';
import { NotFound } from './NotFound.tsx';
import { RequireAuth } from './RequireAuth.tsx';
import { ScopeGuard } from './ScopeGuard.tsx';
import { Shell } from './Shell.tsx';

// Each page is its own chunk; echarts is only loaded by the pages that chart.
const BerandaPage = lazy(() => import('../pages/beranda/BerandaPage.tsx'));
const PerencanaanPage = lazy(() => import('../pages/perencanaan/PerencanaanPage.tsx'));
const PengukuranPage = lazy(() => import('../pages/pengukuran/PengukuranPage.tsx'));
const RingkasanPage = lazy(() => import('../pages/ringkasan/RingkasanPage.tsx'));
const EvaluasiPage = lazy(() => import('../pages/evaluasi/EvaluasiPage.tsx'));
const PelaporanPage = lazy(() => import('../pages/pelaporan/PelaporanPage.tsx'));
const AdminPage = lazy(() => import('../pages/admin/AdminPage.tsx'));

/** Routes: `/masuk`, and `/p/<pemda>/<opd>/<year>/<page>` so every page can be shared by link. */
export const router = createBrowserRouter([
  { path: '/masuk', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <Shell />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'p/:pemda', element: <HomeRedirect /> },
      { path: 'p/:pemda/admin', element: <AdminPage /> },
      {
        path: 'p/:pemda/:opd/:year',
        element: <ScopeGuard />,
        children: [
          { index: true, element: <BerandaPage /> },
          { path: 'ringkasan', element: <RingkasanPage /> },
          { path: 'perencanaan', element: <PerencanaanPage /> },
          { path: 'pengukuran', element: <PengukuranPage /> },
          { path: 'pelaporan', element: <PelaporanPage /> },
          { path: 'evaluasi', element: <EvaluasiPage /> },
          { path: 'admin', element: <AdminPage /> },
          { path: '*', element: <NotFound /> },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
