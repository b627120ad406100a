import { useCallback, useRef, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { isApiError } from '../../api/error.ts';
import { paths } from '../../api/endpoints.ts';
import { useScope } from '../../app/ScopeContext.tsx';
import { ErrorState } from '../../app/NotFound.tsx';
import { invalidate } from '../../hooks/useResource.ts';
import { useTitle } from '../../hooks/useTitle.ts';
import { id } from '../../i18n/id.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { buttonClass, EmptyState, Loading, Tabs } from '../../ui/index.ts';
import { scopePath } from '../../model/scope.ts';
import { CreatePlanCard } from './CreatePlanCard.tsx';
import { SuntingTab } from './edit/SuntingTab.tsx';
import { useWorkspace } from './edit/useWorkspace.ts';
import { ImportPanel } from './import/ImportPanel.tsx';
import { mayEditPlan } from './may-edit.ts';
import { PohonTab } from './PohonTab.tsx';
import { VersionsPanel } from './versions/VersionsPanel.tsx';
import './PerencanaanPage.css';

const t = id.perencanaan;
const te = id.planningEdit;
const TABS = ['pohon', 'sunting', 'versi', 'impor'] as const;
type TabKey = (typeof TABS)[number];
/** Roles without plan.edit see the grid read-only under another name and no "Tempel & Excel". */
const READ_ONLY_TABS: readonly TabKey[] = ['pohon', 'sunting', 'versi'];

/**
 * Perencanaan: the planning workspace of the OPD's year in four tabs (the tab is in the URL,
 * `?tab=sunting`): the pohon kinerja (printable), the Sunting grid, versions and Perubahan,
 * paste and Excel (only for roles that may edit the plan). An OPD/year without a plan starts with "Buat rencana".
 */
export default function PerencanaanPage() {
  const { scope, opd } = useScope();
  const { me } = useSession();
  useTitle(t.title, opd.abbr ?? opd.name, String(scope.year));
  const [params, setParams] = useSearchParams();
  const ws = useWorkspace(scope.pemda, scope.opd, scope.year);
  const mayEdit = mayEditPlan(me, opd.slug);
  const tabs = mayEdit ? TABS : READ_ONLY_TABS;
  const asked = params.get('tab');
  const tab: TabKey = tabs.includes(asked as TabKey) ? (asked as TabKey) : 'pohon';

  /** Set when the grid saved something: the next tab change reloads the workspace. */
  const stale = useRef(false);
  const forgetTree = useCallback(() => {
    invalidate(paths.plan(scope.pemda, scope.opd, scope.year));
    invalidate(paths.findings(scope.pemda, scope.opd, scope.year));
  }, [scope.pemda, scope.opd, scope.year]);
  const reloadAll = useCallback(() => {
    forgetTree();
    stale.current = false;
    ws.reload();
  }, [forgetTree, ws.reload]);
  const editedInGrid = useCallback(() => {
    forgetTree();
    stale.current = true;
  }, [forgetTree]);
  const selectTab = (key: string) => {
    if (stale.current) reloadAll();
    setParams({ tab: key });
  };

  const head = (
    <div className="page-head">
      <div>
        <h1>{t.title}</h1>
        <p>{t.subtitle(opd.name, scope.year)}</p>
      </div>
      {mayEdit && ws.data && !opd.years.includes(scope.year + 1) ? (
        <Link className={buttonClass('secondary', 'sm')} to={`${scopePath({ ...scope, year: scope.year + 1 }, 'perencanaan')}`} title={te.nextYearHint(scope.year + 1)}>
          + {te.nextYear(scope.year + 1)}
        </Link>
      ) : null}
    </div>
  );
  if (ws.loading && !ws.data) return <>{head}<Loading /></>;
  if (!ws.data) {
    const missing = isApiError(ws.error) && ws.error.code === 'not_found';
    return (
      <>
        {head}
        {missing && mayEdit ? (
          <CreatePlanCard
            pemda={scope.pemda}
            opd={scope.opd}
            opdName={opd.name}
            year={scope.year}
            years={opd.years}
            onCreated={() => {
              invalidate(paths.opdList(scope.pemda));
              reloadAll();
              setParams({ tab: 'sunting' });
            }}
          />
        ) : missing ? (
          <EmptyState title={id.beranda.noPlanTitle}>{id.beranda.noPlanBody}</EmptyState>
        ) : (
          <ErrorState error={ws.error} onRetry={ws.reload} />
        )}
      </>
    );
  }

  const data = ws.data;
  const common = { pemda: scope.pemda, opd: scope.opd, year: scope.year };
  const content: Record<TabKey, () => ReactNode> = {
    pohon: () => <PohonTab {...common} refId={params.get('ref')} />,
    sunting: () => <SuntingTab {...common} ws={data} generation={ws.generation} loading={ws.loading} onChanged={editedInGrid} />,
    versi: () => <VersionsPanel {...common} canEdit={mayEdit} onChanged={reloadAll} />,
    impor: () => <ImportPanel {...common} canEdit={data.canEdit} onChanged={reloadAll} />,
  };
  return (
    <div className="perencanaan">
      {head}
      <Tabs
        label={te.tabsLabel}
        selected={tab}
        onSelect={selectTab}
        items={tabs.map((key) => ({ key, label: (mayEdit ? undefined : te.tabsReadOnly[key]) ?? te.tabs[key] ?? key, content: tab === key ? content[key]() : null }))}
      />
    </div>
  );
}
