import { Fragment } from 'react';
import { formatDate } from '../../../format.ts';
import { id } from '../../../i18n/id.ts';
import { Badge, Button, Table, type BadgeTone } from '../../../ui/index.ts';
import { actionsFor, revisionLabel, statusLabel, versionTitle, type KindGroup, type Rights, type VersionAction } from './version-model.ts';
import type { Signatory, VersionInfo } from './versions-api.ts';

const t = id.planningVersions;

const TONES: Record<string, BadgeTone> = { draft: 'neutral', submitted: 'info', approved: 'success', signed: 'success' };

export function StatusBadge({ status }: { status: string }) {
  return (
    <Badge tone={TONES[status] ?? 'neutral'}>
      <span className="pv-status">
        <span aria-hidden="true">{t.statusMarks[status] ?? ''}</span>
        {statusLabel(status)}
      </span>
    </Badge>
  );
}

function SignatoryText({ s }: { s: Signatory }) {
  return (
    <>
      {s.name}
      {s.rank ? <span className="pv-sub">{s.rank}</span> : null}
      {s.nip ? <span className="pv-sub">{t.nip(s.nip)}</span> : null}
    </>
  );
}

function Signatories({ v }: { v: VersionInfo }) {
  const { first, second } = v.signatories;
  if (!first && !second) return <span className="pv-missing">{t.noSignatories}</span>;
  return (
    <dl className="pv-sign">
      {first ? (
        <>
          <dt>{t.first}</dt>
          <dd>
            <SignatoryText s={first} />
          </dd>
        </>
      ) : null}
      {second ? (
        <>
          <dt>{t.second}</dt>
          <dd>
            <SignatoryText s={second} />
          </dd>
        </>
      ) : null}
    </dl>
  );
}

function History({ v }: { v: VersionInfo }) {
  return (
    <ul className="pv-history">
      <li>{t.created(formatDate(v.createdAt))}</li>
      {(v.history ?? []).map((h) => (
        <li key={`${h.at}-${h.to}`}>
          {t.step(statusLabel(h.to), h.by, formatDate(h.at))}
          {h.note ? <span className="pv-sub">“{h.note}”</span> : null}
        </li>
      ))}
    </ul>
  );
}

const LABELS: Record<VersionAction, string> = {
  view: t.actions.view,
  edit: t.actions.edit,
  submit: t.actions.submit,
  approve: t.actions.approve,
  sign: t.actions.sign,
  return: t.actions.return,
  perubahan: t.actions.perubahan,
};
const PRIMARY: ReadonlySet<VersionAction> = new Set(['submit', 'approve', 'sign', 'perubahan']);

interface Props {
  groups: KindGroup[];
  rights: Rights;
  onAction: (action: VersionAction, v: VersionInfo) => void;
}

/** Every document of the year with all its versions: status, basis and date, signatories, history, steps. */
export function VersionsTable({ groups, rights, onAction }: Props) {
  return (
    <Table caption={t.docsTitle} hideCaption className="pv-versions">
      <thead>
        <tr>
          <th scope="col">{t.colDocument}</th>
          <th scope="col">{t.colStatus}</th>
          <th scope="col">{t.colBasis}</th>
          <th scope="col">{t.colSignatories}</th>
          <th scope="col">{t.colHistory}</th>
          <th scope="col">{t.colActions}</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <Fragment key={g.kind}>
            {g.versions.map((v) => {
              const rev = revisionLabel(v.revision);
              const next = g.versions.find((x) => x.id === v.supersededById);
              return (
                <tr key={v.id} id={`version-${v.id}`} className={v.supersededById ? 'pv-row--old' : undefined}>
                  <th scope="row">
                    <span className="pv-doc">{g.label}</span>
                    <span className="pv-sub">
                      {t.version(v.versionNo)}
                      {rev ? ` · ${rev}` : ''}
                    </span>
                    {next ? <span className="pv-sub">{t.supersededBy(next.versionNo)}</span> : null}
                  </th>
                  <td>
                    <StatusBadge status={v.status} />
                    {v.frozen ? <span className="pv-sub">{t.frozen}</span> : null}
                  </td>
                  <td>
                    {v.basis ? v.basis : <span className="pv-missing">{t.noBasis}</span>}
                    {v.signed ? <span className="pv-sub">{t.signedOn(formatDate(v.signed))}</span> : null}
                  </td>
                  <td>
                    <Signatories v={v} />
                  </td>
                  <td>
                    <History v={v} />
                  </td>
                  <td>
                    <div className="pv-actions" role="group" aria-label={t.actionsFor(versionTitle(v))}>
                      {actionsFor(v, rights).map((a) => (
                        <Button key={a} size="sm" variant={PRIMARY.has(a) ? 'primary' : 'secondary'} onClick={() => onAction(a, v)}>
                          {LABELS[a]}
                        </Button>
                      ))}
                    </div>
                  </td>
                </tr>
              );
            })}
          </Fragment>
        ))}
      </tbody>
    </Table>
  );
}
