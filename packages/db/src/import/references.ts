/**
 * The checks zod cannot express: ids unique across units, nodes, indicators and documents;
 * references resolve (unit.parent, node.parent, node.unit, indicator.node, indicator.responsible,
 * findings[].ref); the plan tree has no cycle; money keys inside evaluations and profile are
 * integer rupiah.
 */
import type { Dataset } from '@kinerja/domain';
import { msg } from '../messages.ts';
import { jsonPath } from './json-path.ts';

export interface PathError {
  path: string;
  message: string;
}

const MONEY_KEYS = new Set(['budget', 'budget_realization', 'pagu', 'kebutuhan_dana']);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Ids of entries (objects with a string `id`) anywhere inside evaluations and profile. */
function collectEntryIds(v: unknown, into: Set<string>): void {
  if (Array.isArray(v)) for (const x of v) collectEntryIds(x, into);
  else if (isRecord(v)) {
    if (typeof v.id === 'string') into.add(v.id);
    for (const x of Object.values(v)) collectEntryIds(x, into);
  }
}

function checkMoney(v: unknown, path: (string | number)[], money: boolean, out: PathError[]): void {
  if (typeof v === 'number') {
    if (money && !Number.isSafeInteger(v)) out.push({ path: jsonPath(path), message: msg.notInteger });
  } else if (Array.isArray(v)) v.forEach((x, i) => checkMoney(x, [...path, i], false, out));
  else if (isRecord(v))
    for (const [k, x] of Object.entries(v)) checkMoney(x, [...path, k], money || MONEY_KEYS.has(k), out);
}

export function checkReferences(d: Dataset): PathError[] {
  const errors: PathError[] = [];
  const firstSeen = new Map<string, string>();
  const claim = (id: string, path: string): void => {
    const first = firstSeen.get(id);
    if (first) errors.push({ path, message: msg.duplicateId(id, first) });
    else firstSeen.set(id, path);
  };
  d.units.forEach((u, i) => claim(u.id, `units[${i}].id`));
  d.nodes.forEach((n, i) => claim(n.id, `nodes[${i}].id`));
  d.indicators.forEach((x, i) => claim(x.id, `indicators[${i}].id`));
  d.documents.forEach((x, i) => claim(x.id, `documents[${i}].id`));

  const units = new Set(d.units.map((u) => u.id));
  const nodes = new Map(d.nodes.map((n) => [n.id, n] as const));
  const ref = (id: string | null | undefined, set: { has(k: string): boolean }, path: string, what: string): void => {
    if (id !== null && id !== undefined && !set.has(id)) errors.push({ path, message: msg.danglingRef(id, what) });
  };
  d.units.forEach((u, i) => ref(u.parent, units, `units[${i}].parent`, msg.whatUnit));
  d.nodes.forEach((n, i) => {
    ref(n.parent, nodes, `nodes[${i}].parent`, msg.whatNode);
    ref(n.unit, units, `nodes[${i}].unit`, msg.whatUnit);
  });
  d.indicators.forEach((x, i) => {
    ref(x.node, nodes, `indicators[${i}].node`, msg.whatNode);
    ref(x.responsible, units, `indicators[${i}].responsible`, msg.whatUnit);
  });

  d.nodes.forEach((n, i) => {
    const seen = new Set<string>([n.id]);
    for (let p = n.parent; p; p = nodes.get(p)?.parent) {
      if (seen.has(p)) {
        errors.push({ path: `nodes[${i}].parent`, message: msg.cycle(n.id) });
        break;
      }
      seen.add(p);
    }
  });

  if (d.findings) {
    const all = new Set(firstSeen.keys());
    collectEntryIds(d.evaluations, all);
    collectEntryIds(d.profile, all);
    d.findings.forEach((f, i) => ref(f.ref, all, `findings[${i}].ref`, msg.whatAnything));
  }
  checkMoney(d.evaluations, ['evaluations'], false, errors);
  checkMoney(d.profile, ['profile'], false, errors);
  return errors;
}
