import { useRef, useState, type FormEvent } from 'react';
import type { Dataset } from '@kinerja/domain';
import { messageOf } from '../../../api/error.ts';
import { id } from '../../../i18n/id.ts';
import { Button, Card, EmptyState, FormError, Loading, SelectField, Table } from '../../../ui/index.ts';
import { groupDiff, pathText, type DiffGroup } from './diff-model.ts';
import { printSection } from './print.ts';
import { statusLabel, versionTitle } from './version-model.ts';
import { getDiff, getVersionContent, type DiffAnswer, type PlanKey, type VersionInfo } from './versions-api.ts';

const t = id.planningVersions;

interface Loaded {
  answer: DiffAnswer;
  groups: DiffGroup[];
}

interface Props {
  planKey: PlanKey;
  versions: VersionInfo[];
  pair: { from: string; to: string } | null;
  onPair: (pair: { from: string; to: string }) => void;
}

const optionLabel = (v: VersionInfo) => `${versionTitle(v)} — ${statusLabel(v.status)}`;

/** Two versions side by side: what changed, grouped by the place in the plan tree; printable. */
export function DiffCard({ planKey, versions, pair, onPair }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const from = pair?.from ?? '';
  const to = pair?.to ?? '';
  const options = versions.map((v) => ({ value: v.id, label: optionLabel(v) }));

  const show = async (e?: FormEvent) => {
    e?.preventDefault();
    if (!from || !to) return;
    if (from === to) return setError(t.diffSame);
    setBusy(true);
    setError(null);
    try {
      const [answer, before, after] = await Promise.all([getDiff(planKey, from, to), getVersionContent(planKey, from), getVersionContent(planKey, to)]);
      setLoaded({ answer, groups: groupDiff(answer.diff, before as Dataset, after as Dataset) });
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  if (versions.length < 2)
    return (
      <Card title={t.diffTitle}>
        <p className="pv__intro">{t.diffNeedTwo}</p>
      </Card>
    );

  const c = loaded?.answer.diff.counts;
  return (
    <div ref={ref} id="pv-diff">
      <Card title={t.diffTitle}>
        <p className="pv__intro pv-noprint">{t.diffIntro}</p>
        <form className="pv-diff__pick pv-noprint" onSubmit={show}>
          <SelectField label={t.diffFrom} value={from} options={options} onChange={(e) => onPair({ from: e.target.value, to })} />
          <SelectField label={t.diffTo} value={to} options={options} onChange={(e) => onPair({ from, to: e.target.value })} />
          <div className="pv-actions">
            <Button type="submit" variant="primary" busy={busy}>
              {t.diffShow}
            </Button>
            {loaded ? <Button onClick={() => printSection(ref.current)}>{t.print}</Button> : null}
          </div>
        </form>
        <FormError message={error} />
        {busy && !loaded ? <Loading /> : null}
        {loaded && c ? (
          <div className="pv-diff" aria-live="polite">
            <h3 className="pv-diff__summary">
              {t.diffHeading(versionTitle(loaded.answer.from), loaded.answer.to ? versionTitle(loaded.answer.to) : '')}
              <span className="pv-sub">{t.diffCounts(c.changed, c.added, c.removed)}</span>
            </h3>
            {loaded.groups.length === 0 ? <EmptyState title={t.diffNone} /> : null}
            {loaded.groups.map((g) => (
              <section key={g.key} className="pv-diff__group">
                <h4 className="pv-diff__path">{pathText(g.path)}</h4>
                <Table caption={t.diffCaption(pathText(g.path))} hideCaption>
                  <thead>
                    <tr>
                      <th scope="col">{t.diffColChange}</th>
                      <th scope="col">{t.diffColSubject}</th>
                      <th scope="col">{t.diffColWhat}</th>
                      <th scope="col">{optionLabel(loaded.answer.from)}</th>
                      <th scope="col">{loaded.answer.to ? optionLabel(loaded.answer.to) : t.diffTo}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {g.lines.map((l, i) => (
                      <tr key={`${l.subject}-${l.what}-${i}`} className={`pv-line--${l.change}`}>
                        <td>
                          <span className={`pv-mark pv-mark--${l.change}`}>{t.marks[l.change]}</span>
                        </td>
                        <td>{l.subject}</td>
                        <td>{l.what}</td>
                        <td className="pv-diff__old">{l.before}</td>
                        <td className="pv-diff__new">{l.after}</td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              </section>
            ))}
          </div>
        ) : null}
      </Card>
    </div>
  );
}
