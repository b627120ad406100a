import { useState } from 'react';
import { messageOf } from '../../../api/error.ts';
import { id } from '../../../i18n/id.ts';
import { Button, Dialog, FormError } from '../../../ui/index.ts';
import { subtreeOf, type GridRow, type PlanRows } from '../grid/rows.ts';

const t = id.planningEdit;

/** Asks before deleting a row: a node goes with its whole subtree and their indicators. */
export function DeleteRowDialog({ row, plan, onDelete, onClose }: { row: GridRow | null; plan: PlanRows; onDelete: (row: GridRow) => Promise<void>; onClose: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const text = !row
    ? ''
    : row.type === 'indicator'
      ? t.deleteIndicator(row.indicator.name)
      : (() => {
          const n = subtreeOf(plan, row.id);
          return t.deleteNode(row.node.name, n.nodes, n.indicators);
        })();
  const confirm = async () => {
    if (!row) return;
    setBusy(true);
    setError(null);
    try {
      await onDelete(row);
      onClose();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open={row !== null}
      title={t.deleteTitle}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{id.app.cancel}</Button>
          <Button variant="danger" busy={busy} onClick={() => void confirm()}>
            {t.confirmDelete}
          </Button>
        </>
      }
    >
      <p>{text}</p>
      <FormError message={error} />
    </Dialog>
  );
}
