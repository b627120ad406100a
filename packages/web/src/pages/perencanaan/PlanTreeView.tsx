import type { PlanNode } from '../../api/types.ts';
import { formatRupiah } from '../../format.ts';
import { id } from '../../i18n/id.ts';
import { nodeRowId, type PlanTree } from '../../model/tree.ts';
import { Badge } from '../../ui/index.ts';
import { NodeIndicators } from './NodeIndicators.tsx';

const t = id.perencanaan;

interface TreeProps {
  tree: PlanTree;
  year: number;
  expanded: ReadonlySet<string>;
  onToggle: (nodeId: string) => void;
  highlight: string | null;
}

/** The plan tree as nested lists with disclosure buttons (keyboard: Tab + Enter/Space). */
export function PlanTreeView(props: TreeProps) {
  return (
    <ul className="tree" aria-label={t.tree}>
      {props.tree.roots.map((n) => (
        <TreeItem key={n.id} node={n} {...props} />
      ))}
    </ul>
  );
}

function TreeItem({ node, ...props }: TreeProps & { node: PlanNode }) {
  const { tree, year, expanded, onToggle, highlight } = props;
  const children = tree.children.get(node.id) ?? [];
  const indicators = tree.indicators.get(node.id) ?? [];
  const hasContent = children.length > 0 || indicators.length > 0;
  const open = expanded.has(node.id);
  const rowId = nodeRowId(node.id);
  const key = String(year);
  const pagu = node.budget[key];
  const realisasi = node.budgetRealization[key];
  const kind = t.kinds[node.kind] ?? node.kind;

  return (
    <li>
      <div id={rowId} tabIndex={-1} data-kind={node.kind} className={`tree__node${highlight === rowId ? ' is-highlighted' : ''}`}>
        {hasContent ? (
          <button type="button" className="tree__toggle" aria-expanded={open} aria-label={open ? t.collapse(node.name) : t.expand(node.name)} onClick={() => onToggle(node.id)}>
            {open ? '▼' : '▶'}
          </button>
        ) : (
          <span className="tree__leaf" aria-hidden="true">
            •
          </span>
        )}
        <div className="tree__title">
          <Badge tone="neutral">{kind}</Badge>
          {node.code ? <span className="code">{node.code}</span> : null}
          <span className="tree__name">{node.name}</span>
          <span className="tree__meta">{indicators.length ? t.indicatorsOf(indicators.length) : null}</span>
        </div>
        {typeof pagu === 'number' ? (
          <div className="tree__pagu">
            <span className="visually-hidden">{t.pagu}: </span>
            {formatRupiah(pagu)}
            {typeof realisasi === 'number' ? (
              <span className="muted">
                {id.indicator.realisasi}: {formatRupiah(realisasi)}
              </span>
            ) : null}
          </div>
        ) : (
          <span />
        )}
      </div>
      {open && indicators.length > 0 ? <NodeIndicators nodeName={node.name} indicators={indicators} highlight={highlight} /> : null}
      {open && children.length > 0 ? (
        <ul className="tree__children">
          {children.map((c) => (
            <TreeItem key={c.id} node={c} {...props} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
