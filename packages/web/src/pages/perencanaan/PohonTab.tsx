import { useEffect, useMemo, useState } from 'react';
import type { PlanView } from '../../api/types.ts';
import { usePlan } from '../../app/data.ts';
import { ErrorState } from '../../app/NotFound.tsx';
import { id } from '../../i18n/id.ts';
import { ancestorsOf, buildTree, parentIds, resolveRef, type PlanTree } from '../../model/tree.ts';
import { Button, Card, Loading } from '../../ui/index.ts';
import { PrinterIcon } from './icons.tsx';
import { DocumentsTable } from './DocumentsTable.tsx';
import { PlanTreeView } from './PlanTreeView.tsx';

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

/** "Pohon kinerja": the plan tree with its indicators and documents; printable with the whole tree open. */
export function PohonTab({ pemda, opd, year, refId }: { pemda: string; opd: string; year: number; refId: string | null }) {
  const plan = usePlan(pemda, opd, year);
  if (plan.loading) return <Loading />;
  if (!plan.data) return <ErrorState error={plan.error} onRetry={plan.reload} />;
  return <PlanBody key={`${opd}/${year}/${refId ?? ''}`} plan={plan.data} year={year} refId={refId} />;
}

function PlanBody({ plan, year, refId }: { plan: PlanView; year: number; refId: string | null }) {
  const tree = useMemo(() => buildTree(plan), [plan]);
  const [expanded, setExpanded] = useState(() => initialExpanded(tree, plan, refId));
  const [printing, setPrinting] = useState(false);
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

  // Printing (the Cetak button or Ctrl+P) shows the whole tree.
  useEffect(() => {
    const open = () => setExpanded(new Set(parentIds(tree)));
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, [tree]);
  useEffect(() => {
    if (!printing) return;
    setPrinting(false);
    window.print();
  }, [printing]);

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
          <Button
            size="sm"
            variant="primary"
            onClick={() => {
              setExpanded(new Set(parentIds(tree)));
              setPrinting(true);
            }}
          >
            <PrinterIcon /> {id.planningEdit.print}
          </Button>
        </div>
        <PlanTreeView tree={tree} year={year} expanded={expanded} onToggle={toggle} highlight={highlight} />
      </Card>
      <DocumentsTable documents={plan.documents} highlight={refId} />
    </div>
  );
}
