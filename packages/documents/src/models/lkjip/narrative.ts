/** A narrative section: the text from `opts.narrative[id]`, else a visible placeholder. */
import { paragraph } from '../../model/blocks.ts';
import type { Block } from '../../model/types.ts';
import type { ReportOptions } from '../../options.ts';
import { narrativeOr } from '../common.ts';

export const narrative = (opts: ReportOptions, id: string, label: string): Block[] => {
  const { text, missing } = narrativeOr(opts, id, label);
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => paragraph(p, missing ? { style: 'placeholder' } : {}));
};
