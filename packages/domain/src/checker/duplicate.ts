/**
 * `duplicate` checks: the same row (node kind + parent + name, + unit for kinds other than
 * program/kegiatan/subkegiatan), the same code, the same output statement, or the same indicator
 * name on different nodes. Reported on every member of the group, with the others in `computed`.
 */
import type { CheckContext } from './context.ts';
import { CM } from './messages.ts';
import { label } from './support.ts';
import type { CheckFinding } from './types.ts';

const BUDGET_KINDS = new Set(['program', 'kegiatan', 'subkegiatan']);

export const normalizeText = (text: string): string =>
  text.toLowerCase().replace(/\s+/g, ' ').replace(/[\s.;:,]+$/, '').trim();

interface Member {
  id: string;
  key: string;
  owner: string;
}

function groupFindings(members: Member[], code: string, where: string, message: (others: string) => string): CheckFinding[] {
  const groups = new Map<string, Member[]>();
  for (const m of members) groups.set(m.key, [...(groups.get(m.key) ?? []), m]);
  const out: CheckFinding[] = [];
  for (const group of groups.values()) {
    if (new Set(group.map((m) => m.owner)).size < 2) continue;
    for (const m of group) {
      const others = group.filter((o) => o.id !== m.id).map((o) => o.id).join(', ');
      out.push({
        code,
        check: 'duplicate',
        severity: 'warning',
        ref: m.id,
        where: `${where}: ${m.id}`,
        printed: null,
        computed: others,
        message: message(others),
      });
    }
  }
  return out;
}

export function checkDuplicates(ctx: CheckContext): CheckFinding[] {
  const nodes = ctx.dataset.nodes;
  const rows = nodes.map((n) => ({
    id: n.id,
    owner: n.id,
    key: [n.kind, n.parent ?? '', normalizeText(n.name), BUDGET_KINDS.has(n.kind) ? '' : (n.unit ?? '')].join('|'),
  }));
  const codes = nodes
    .filter((n) => typeof n.code === 'string' && n.code.trim() !== '')
    .map((n) => ({ id: n.id, owner: n.id, key: (n.code ?? '').trim() }));
  const outputs = nodes
    .filter((n) => typeof n.output === 'string' && n.output.trim() !== '')
    .map((n) => ({ id: n.id, owner: n.id, key: normalizeText(n.output ?? '') }));
  const indicators = ctx.dataset.indicators.map((i) => ({ id: i.id, owner: i.node, key: normalizeText(i.name) }));
  const codeOf = (id: string): string => ctx.nodes.get(id)?.code ?? '';
  return [
    ...groupFindings(rows, 'duplicate.node', 'baris', CM.duplicateNode),
    ...groupFindings(codes, 'duplicate.code', 'kode', (others) => CM.duplicateCode(codeOf(others.split(', ')[0] ?? ''), others)),
    ...groupFindings(outputs, 'duplicate.output', 'keluaran', CM.duplicateOutput),
    ...groupFindings(indicators, 'duplicate.indicator', 'indikator', CM.duplicateIndicator),
  ].map((f) => {
    const item = ctx.nodes.get(f.ref) ?? ctx.indicators.get(f.ref);
    return item ? { ...f, where: `${f.where.split(':')[0]}: ${label(item)}` } : f;
  });
}
