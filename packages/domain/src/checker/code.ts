/**
 * `code` checks (domain-rules §2.4): the Kepmendagri 050-5889/2021 format per node kind (the
 * legacy 2-digit sub kegiatan of Permendagri 90/2019 is a printed form, accepted), the code
 * extending its parent's code, and the kegiatan level digit against the Pemda level.
 */
import { extendsParent, validateCode } from '../codes.ts';
import type { DatasetNode } from '../dataset.ts';
import type { CheckContext } from './context.ts';
import { CM } from './messages.ts';
import { label } from './support.ts';
import type { CheckFinding } from './types.ts';


/** The level digit kegiatan codes carry: 1 provinsi, 2 kabupaten/kota; null when unknown. */
export function levelDigit(pemdaName: string): string | null {
  if (/^\s*(kabupaten|kota)\b/i.test(pemdaName)) return '2';
  if (/^\s*provinsi\b/i.test(pemdaName)) return '1';
  return null;
}

function nodeFindings(ctx: CheckContext, node: DatasetNode): CheckFinding[] {
  const code = typeof node.code === 'string' ? node.code.trim() : '';
  if (code === '') return [];
  const base = {
    check: 'code' as const,
    ref: node.id,
    where: CM.where(null, label(node), 'kode'),
    printed: code,
  };
  const valid = validateCode(code, node.kind);
  if (!valid.ok)
    return [
      {
        ...base,
        code: 'code.format',
        severity: 'error',
        computed: null,
        message: `${CM.codeFormat(code, node.kind)}${valid.reason ? ` (${valid.reason})` : ''}`,
      },
    ];
  const out: CheckFinding[] = [];
  const parent = node.parent ? ctx.nodes.get(node.parent) : undefined;
  const parentCode = typeof parent?.code === 'string' ? parent.code.trim() : '';
  if (parentCode !== '' && !extendsParent(code, parentCode))
    out.push({ ...base, code: 'code.parent', severity: 'warning', computed: parentCode, message: CM.codeParent(code, parentCode) });
  const digit = code.split('.')[3];
  const expected = levelDigit(ctx.dataset.pemda.name);
  if (digit !== undefined && expected !== null && digit !== expected)
    out.push({ ...base, code: 'code.level', severity: 'warning', computed: expected, message: CM.codeLevel(code, digit) });
  return out;
}

export const checkCodes = (ctx: CheckContext): CheckFinding[] =>
  ctx.dataset.nodes.flatMap((n) => nodeFindings(ctx, n));
