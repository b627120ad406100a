import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../api/error.ts';
import type { PlanView } from '../../api/types.ts';
import { useScope } from '../../app/ScopeContext.tsx';
import { usePlan } from '../../app/data.ts';
import { ErrorState } from '../../app/NotFound.tsx';
import { useTitle } from '../../hooks/useTitle.ts';
import { id } from '../../i18n/id.ts';
import { ancestorsOf, buildTree, parentIds, resolveRef, type PlanTree } from '../../model/tree.ts';
import { Button, Card, EmptyState, Loading } from '../../ui/index.ts';
import { DocumentsTable } from './DocumentsTable.tsx';
import { PlanTreeView } from './PlanTreeView.tsx';
import './PerencanaanPage.css';

const t = id.perencanaan;
/** Opened at first: down to the programs, so kegiatan and sub kegiatan stay one click away. */
const OPEN_KINDS = new Set(['visi', 'misi', 'tujuan', 'sasaran']);

function initialExpanded(tree: PlanTree, plan: PlanView, ref: string | null): Set<string> {
  const open = new Set(parentIds(tree).filter((nodeId) => OPEN_KINDS.has(tree.byId.get(nodeId)?.kind ?? '')));
  const target = resolveRef(plan, ref);
  if (target) {
    for (const a of ancestorsOf(tree, target.nodeId)) open.add(a);
    if (target.rowId.startsWith('ind-')) open.add(target.nodeId);
  }
  return open;
}

/** Perencanaan: the plan tree of the year with its indicators and the plan's documents. */
export default function PerencanaanPage() {
  const { scope, opd } = useScope();
  useTitle(t.title, opd.abbr ?? opd.name, String(scope.year));
  const plan = usePlan(scope.pemda, scope.opd, scope.year);
  const [params] = useSearchParams();
  const ref = params.get('ref');

  const head = (
    <div className="page-head">
      <div>
        <h1>{t.title}</h1>
        <p>{t.subtitle(opd.name, scope.year)}</p>
      </div>
    </div>
  );
  if (plan.loading) return <>{head}<Loading /></>;
  if (plan.error)
    return (
      <>
        {head}
        {isApiError(plan.error) && plan.error.code === 'not_found' ? <EmptyState title={id.beranda.noPlanTitle}>{id.beranda.noPlanBody}</EmptyState> : <ErrorState error={plan.error} onRetry={plan.reload} />}
      </>
    );
  if (!plan.data) return head;
  return (
    <>
      {head}
      <PlanBody key={`${scope.opd}/${scope.year}/${ref ?? ''}`} plan={plan.data} year={scope.year} refId={ref} />
    </>
  );
}

function PlanBody({ plan, year, refId }: { plan: PlanView; year: number; refId: string | null }) {
  const tree = useMemo(() => buildTree(plan), [plan]);
  const [expanded, setExpanded] = useState(() => initialExpanded(tree, plan, refId));
  const target = useMemo(() => resolveRef(plan, refId), [plan, refId]);
  const docHit = refId ? plan.documents.find((d) => d.id === refId || d.extId === refId) : undefined;
  const highlight = target?.rowId ?? (docHit ? `doc-${docHit.id}` : null);

  useEffect(() => {
    if (!highlight) return;
    const el = document.getElementById(highlight);
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [highlight]);

  const toggle = (nodeId: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(nodeId)) next.delete(nodeId);
      else next.add(nodeId);
      return next;
    });

  return (
    <div className="stack">
      {refId && !highlight ? (
        <p className="form-error" role="status">
          {t.refMissing}
        </p>
      ) : null}
      <Card title={t.tree}>
        <div className="tree-toolbar">
          <Button size="sm" onClick={() => setExpanded(new Set(parentIds(tree)))}>
            {t.expandAll}
          </Button>
          <Button size="sm" onClick={() => setExpanded(new Set())}>
            {t.collapseAll}
          </Button>
        </div>
        <PlanTreeView tree={tree} year={year} expanded={expanded} onToggle={toggle} highlight={highlight} />
      </Card>
      <DocumentsTable documents={plan.documents} highlight={refId} />
    </div>
  );
}
