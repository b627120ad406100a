import { useEffect, useMemo, useState } from 'react';
import { useScope } from '../../../app/ScopeContext.tsx';
import { ErrorState } from '../../../app/NotFound.tsx';
import { invalidate } from '../../../hooks/useResource.ts';
import { id } from '../../../i18n/id.ts';
import { useSession } from '../../../session/SessionProvider.tsx';
import { Button, Card, EmptyState, Loading, useToast } from '../../../ui/index.ts';
import { useWorkspace } from '../edit/useWorkspace.ts';
import { DiffCard } from './DiffCard.tsx';
import { EditVersionDialog } from './EditVersionDialog.tsx';
import { IkuSheet } from './IkuSheet.tsx';
import { PerubahanDialog } from './PerubahanDialog.tsx';
import { StartDialog } from './StartDialog.tsx';
import { TransitionDialog } from './TransitionDialog.tsx';
import { VersionContent } from './VersionContent.tsx';
import { VersionsTable } from './VersionsTable.tsx';
import { defaultPair, groupByKind, mayApprovePlan, statusLabel, STARTABLE_KINDS, versionTitle, type VersionAction } from './version-model.ts';
import type { Transition, VersionInfo } from './versions-api.ts';
import { useVersions } from './useVersions.ts';
import './versions.css';

const t = id.planningVersions;

export interface VersionsPanelProps {
  pemda: string;
  opd: string;
  year: number;
  /** plan.edit on the OPD (start, edit drafts, submit, Perubahan); approving follows plan.approve */
  canEdit: boolean;
  onChanged: () => void;
}

const STEP: Partial<Record<VersionAction, Transition>> = { submit: 'submitted', approve: 'approved', sign: 'signed', return: 'draft' };

/** The documents of the year with their versions, Perubahan, the diff, the approval steps and the IKU sheet. */
export function VersionsPanel({ pemda, opd, year, canEdit, onChanged }: VersionsPanelProps) {
  const planKey = useMemo(() => ({ pemda, opd, year }), [pemda, opd, year]);
  const { me } = useSession();
  const { opd: opdInfo } = useScope();
  const toast = useToast();
  const versions = useVersions(planKey);
  const ws = useWorkspace(pemda, opd, year);
  const rights = { edit: canEdit, approve: mayApprovePlan(me, opd) };

  const [starting, setStarting] = useState(false);
  const [editing, setEditing] = useState<VersionInfo | null>(null);
  const [moving, setMoving] = useState<{ version: VersionInfo; to: Transition } | null>(null);
  const [revising, setRevising] = useState<VersionInfo | null>(null);
  const [viewing, setViewing] = useState<VersionInfo | null>(null);
  const [pair, setPair] = useState<{ from: string; to: string } | null>(null);

  const list = versions.data ?? [];
  const groups = groupByKind(list);
  const shownPair = pair ?? defaultPair(list);
  const startable = STARTABLE_KINDS.filter((k) => !list.some((v) => v.kind === k));

  useEffect(() => {
    if (viewing) document.getElementById('pv-content')?.scrollIntoView({ block: 'start' });
  }, [viewing]);

  const changed = (message: string) => {
    invalidate('version-content:');
    versions.reload();
    ws.reload();
    toast.success(message);
    onChanged();
  };

  const onAction = (action: VersionAction, v: VersionInfo) => {
    const to = STEP[action];
    if (to) return setMoving({ version: v, to });
    if (action === 'edit') return setEditing(v);
    if (action === 'perubahan') return setRevising(v);
    invalidate('version-content:');
    setViewing(v);
  };

  return (
    <div className="pv">
      <Card title={t.docsTitle}>
        <div className="pv__bar">
          <p className="pv__intro">{t.intro}</p>
          {rights.edit && startable.length > 0 ? (
            <Button variant="primary" onClick={() => setStarting(true)}>
              {t.start}
            </Button>
          ) : null}
        </div>
        {versions.loading && !versions.data ? <Loading /> : null}
        {versions.error ? <ErrorState error={versions.error} onRetry={versions.reload} /> : null}
        {versions.data && list.length === 0 ? <EmptyState title={t.noVersions} /> : null}
        {list.length > 0 ? <VersionsTable groups={groups} rights={rights} onAction={onAction} /> : null}
      </Card>

      {viewing ? <VersionContent planKey={planKey} version={list.find((v) => v.id === viewing.id) ?? viewing} onClose={() => setViewing(null)} /> : null}

      {versions.data ? <DiffCard planKey={planKey} versions={list} pair={shownPair} onPair={setPair} /> : null}

      {ws.data ? <IkuSheet plan={ws.data.plan} opdName={opdInfo.name} year={year} /> : null}

      <StartDialog
        planKey={planKey}
        open={starting}
        kinds={startable}
        onClose={() => setStarting(false)}
        onDone={(v) => {
          setStarting(false);
          changed(t.started(versionTitle(v)));
        }}
      />
      <EditVersionDialog
        planKey={planKey}
        version={editing}
        onClose={() => setEditing(null)}
        onDone={(v) => {
          setEditing(null);
          changed(t.saved(versionTitle(v)));
        }}
      />
      <TransitionDialog
        planKey={planKey}
        target={moving}
        onClose={() => setMoving(null)}
        onDone={(v) => {
          setMoving(null);
          changed(t.moved(versionTitle(v), statusLabel(v.status)));
        }}
      />
      <PerubahanDialog
        planKey={planKey}
        version={revising}
        onClose={() => setRevising(null)}
        onDone={(v) => {
          if (v.supersedesId) setPair({ from: v.supersedesId, to: v.id });
          setRevising(null);
          changed(t.perubahanMade(versionTitle(v)));
        }}
      />
    </div>
  );
}
