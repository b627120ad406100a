/** Loads one indicator of a plan for a write: its monitoring data, node, and the unit resource. */
import { KinerjaError } from '@kinerja/domain';
import type { Executor } from '@kinerja/db';
import type { RowResource } from './access.ts';
import { loadMonitoringPlan, type MonitoringIndicator, type MonitoringNode, type MonitoringPlan } from './monitoring-plan.ts';
import { monitoringMessages as m } from './messages.ts';

export interface RowContext {
  data: MonitoringPlan;
  indicator: MonitoringIndicator;
  node: MonitoringNode | undefined;
  resource: RowResource;
}

export async function loadRowContext(
  db: Executor,
  scope: { pemdaId: string; opdId: string; planId: string },
  indicatorId: string,
): Promise<RowContext> {
  const data = await loadMonitoringPlan(db, scope.pemdaId, scope.planId);
  const indicator = data.indicators.find((i) => i.id === indicatorId);
  if (!indicator) throw new KinerjaError('not_found', m.indicatorNotFound, 'indicator');
  return {
    data,
    indicator,
    node: data.nodes.find((n) => n.id === indicator.nodeId),
    resource: { pemdaId: scope.pemdaId, opdId: scope.opdId, unitId: indicator.unitId },
  };
}
