/** A version's plan content as read-only rows: the tree depth first, each node followed by its indicators. */
import type { Dataset } from '@kinerja/domain';

export interface ContentRow {
  key: string;
  depth: number;
  kind: string;
  text: string;
  unit: string | null;
  target: number | string | null;
  pagu: number | null;
  isIndicator: boolean;
}

export function contentRows(d: Dataset, year: number): ContentRow[] {
  const children = new Map<string, string[]>();
  const ids = new Set(d.nodes.map((n) => n.id));
  for (const n of d.nodes) {
    const p = n.parent && ids.has(n.parent) ? n.parent : '';
    children.set(p, [...(children.get(p) ?? []), n.id]);
  }
  const byId = new Map(d.nodes.map((n) => [n.id, n]));
  const out: ContentRow[] = [];
  const seen = new Set<string>();
  const walk = (nodeId: string, depth: number) => {
    const n = byId.get(nodeId);
    if (!n || seen.has(nodeId)) return;
    seen.add(nodeId);
    out.push({ key: n.id, depth, kind: n.kind, text: n.code ? `${n.code} ${n.name}` : n.name, unit: null, target: null, pagu: n.budget?.[String(year)] ?? null, isIndicator: false });
    for (const i of d.indicators.filter((x) => x.node === n.id))
      out.push({ key: i.id, depth: depth + 1, kind: 'indikator', text: i.name, unit: i.unit ?? null, target: i.targets?.[String(year)] ?? null, pagu: null, isIndicator: true });
    for (const c of children.get(nodeId) ?? []) walk(c, depth + 1);
  };
  for (const root of children.get('') ?? []) walk(root, 0);
  return out;
}
