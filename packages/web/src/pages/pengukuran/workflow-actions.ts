/** Which workflow steps a user is offered on a row (the server checks the same rights again). */
import type { Role } from '../../api/types.ts';

export type WorkflowAction = 'submit' | 'verify' | 'approve' | 'reject';

const VERIFIERS: readonly Role[] = ['admin_opd', 'admin_pemda', 'superadmin'];
const APPROVERS: readonly Role[] = ['pimpinan', 'admin_pemda', 'superadmin'];

/**
 * draft/rejected → submit (whoever may enter the row); submitted → verify/reject (admin OPD);
 * verified → approve/reject (pimpinan). Admin Pemda and superadmin may take every step.
 */
export function workflowActions(roles: readonly Role[], status: string, canEnter: boolean): WorkflowAction[] {
  const any = (who: readonly Role[]) => roles.some((r) => who.includes(r));
  if (status === 'draft' || status === 'rejected') return canEnter ? ['submit'] : [];
  if (status === 'submitted') return any(VERIFIERS) ? ['verify', 'reject'] : [];
  if (status === 'verified') return any(APPROVERS) ? ['approve', 'reject'] : [];
  return [];
}
