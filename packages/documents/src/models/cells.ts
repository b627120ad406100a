/** Cells for the values a dataset stores (targets may be numbers or printed text). */
import { num } from '../model/blocks.ts';
import type { Cell } from '../model/types.ts';

/** A target as the plan states it: 71,51 stays 71,51; 250 stays 250; "-" stays "-". */
export const targetCell = (value: number | string | undefined | null): Cell => {
  if (typeof value === 'number') return num(value, Number.isInteger(value) ? 'integer' : 'decimal2');
  return { value: value ?? '-', align: 'center' };
};
