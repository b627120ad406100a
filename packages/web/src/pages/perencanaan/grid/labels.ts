/** Column headers of the Sunting grid (Indonesian), also used to say which cell failed to save. */
import { formatPeriod } from '../../../format.ts';
import { id } from '../../../i18n/id.ts';
import type { Column } from './columns.ts';

const t = id.planningEdit;

export function columnLabel(col: Column): string {
  switch (col.kind) {
    case 'code':
      return t.colCode;
    case 'name':
      return t.colName;
    case 'unit':
      return t.colUnit;
    case 'polarity':
      return t.colPolarity;
    case 'aggregation':
      return t.colAggregation;
    case 'pagu':
      return t.colPagu(col.period ?? '');
    case 'target':
      return col.valueKind === 'renstra_target' ? t.colRenstra(col.period ?? '') : t.colTarget(formatPeriod(col.period ?? ''));
  }
}
