/**
 * Walks the plan tree in document order (sasaran → program → kegiatan → sub kegiatan) and numbers
 * the rows as SAKIP tables do: sasaran A, B; programs 1, 2; kegiatan 1.1, 1.2; sub kegiatan unnumbered.
 * A program printed more than once under one sasaran (same name, e.g. one per bidang) keeps one
 * number and its kegiatan numbering continues, as in seed 000 Tabel 2.3/2.4.
 */
import type { DatasetNode, NodeKind } from '@kinerja/domain';
import { letter } from '../format.ts';
import type { PlanTree } from '../model/tree.ts';

export interface HierarchyRow {
  node: DatasetNode;
  level: number;
  number: string;
}

const ORDER: NodeKind[] = ['sasaran', 'program', 'kegiatan', 'subkegiatan'];

export const hierarchyRows = (tree: PlanTree, top: NodeKind = 'sasaran'): HierarchyRow[] => {
  const out: HierarchyRow[] = [];
  const startLevel = ORDER.indexOf(top);
  const programNumbers = new Map<string, { number: number; kegiatan: number }>();
  let programCount = 0;
  const visit = (node: DatasetNode, level: number, index: number, parentNumber: string): void => {
    let number = '';
    let childParent = parentNumber;
    if (node.kind === 'sasaran') number = `${letter(index + 1)}.`;
    else if (node.kind === 'program') {
      const key = `${node.parent ?? ''}|${node.code ?? ''}|${node.name.toLowerCase()}`;
      let entry = programNumbers.get(key);
      if (!entry) {
        programCount += 1;
        entry = { number: programCount, kegiatan: 0 };
        programNumbers.set(key, entry);
      }
      number = String(entry.number);
      childParent = key;
    } else if (node.kind === 'kegiatan') {
      const entry = programNumbers.get(parentNumber);
      if (entry) {
        entry.kegiatan += 1;
        number = `${entry.number}.${entry.kegiatan}`;
      }
    }
    out.push({ node, level, number });
    const next = ORDER[ORDER.indexOf(node.kind) + 1];
    if (!next) return;
    tree.children(node.id, next).forEach((child, i) => visit(child, level + 1, i, childParent));
  };
  const tops = tree.ofKind(ORDER[startLevel] ?? 'sasaran');
  tops.forEach((node, i) => visit(node, 0, i, ''));
  return out;
};
