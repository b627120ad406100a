/**
 * An XLSX cell the user emptied clears the stored value: after the imported rows are saved, the
 * targets and pagu whose cell came back blank (domain `clearedValues`) are removed, each audited.
 */
import { clearedValues, type PasteColumn, type PasteRow } from '@kinerja/domain';
import type { AfterSave } from '../paste-table.ts';
import { livePlan } from '../snapshot.ts';
import { setPagu, setValue } from '../write-values.ts';

export const clearEmptied =
  (columns: readonly PasteColumn[], rows: readonly PasteRow[]): AfterSave =>
  async (tx, s) => {
    let changed = 0;
    for (const c of clearedValues(await livePlan(tx, s), columns, rows, s.plan.year)) {
      const done =
        c.entity === 'target'
          ? await setValue(tx, s.pemda.id, s.actor, { indicatorId: c.id, kind: 'target', period: c.period, value: null })
          : await setPagu(tx, s.pemda.id, s.actor, { nodeId: c.id, period: c.period, pagu: null });
      if (done) changed++;
    }
    return changed;
  };
