import { useState } from 'react';
import { messageOf } from '../../api/error.ts';
import { formatDecimal, formatRupiah } from '../../format.ts';
import { id } from '../../i18n/id.ts';
import { Button, Card } from '../../ui/index.ts';
import { saveBudget, type BudgetRow, type Scope } from './pengukuran-api.ts';

const t = id.pengukuran;

function BudgetLine({ scope, period, row, open }: { scope: Scope; period: string; row: BudgetRow; open: boolean }) {
  const [current, setCurrent] = useState(row);
  const [value, setValue] = useState(row.realisasi === null ? '' : String(row.realisasi));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      setCurrent(await saveBudget(scope, { node: row.node.id, period, realisasi: value }));
    } catch (e) {
      setError(t.notSaved(messageOf(e)));
    } finally {
      setBusy(false);
    }
  };
  const editable = row.editable && open;
  return (
    <tr>
      <td>
        <span className="pengukuran__muted">{row.node.code}</span> {row.node.name}
      </td>
      <td>{formatRupiah(current.pagu)}</td>
      <td>
        <input aria-label={`${t.colBudgetReal} ${row.node.name}`} value={value} inputMode="numeric" disabled={!editable || busy} onChange={(e) => setValue(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && void save()} />
        {editable ? <Button size="sm" busy={busy} onClick={() => void save()}>{t.save}</Button> : null}
        {error ? <p role="alert" className="pengukuran__error">{error}</p> : null}
      </td>
      <td>{current.absorption === null ? id.app.empty : `${formatDecimal(current.absorption)} %`}</td>
    </tr>
  );
}

/** Realisasi anggaran per sub kegiatan for the period; each line saved on its own. */
export function BudgetTable({ scope, period, rows, open }: { scope: Scope; period: string; rows: BudgetRow[]; open: boolean }) {
  return (
    <Card title={t.budgetTitle}>
      <div className="pengukuran__scroll">
        <table className="pengukuran__table">
          <thead>
            <tr>
              <th>{t.colSub}</th>
              <th>{t.colPagu}</th>
              <th>{t.colBudgetReal}</th>
              <th>{t.colAbsorption}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <BudgetLine key={r.node.id} scope={scope} period={period} row={r} open={open} />
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
