/**
 * The realisation workflow as a table: draft → submitted (operator) → verified (admin_opd) →
 * approved (pimpinan); reject (with a reason) sends a submitted or verified row back to draft.
 */
import type { Action } from '../../permissions.ts';

export type WorkflowAction = 'submit' | 'verify' | 'approve' | 'reject';
export const WORKFLOW_ACTIONS = ['submit', 'verify', 'approve', 'reject'] as const;

export interface Transition {
  from: string;
  to: string;
  /** the right the actor needs on the row */
  right: Action;
}

const TABLE: readonly (Transition & { action: WorkflowAction })[] = [
  { action: 'submit', from: 'draft', to: 'submitted', right: 'realisasi.enter' },
  { action: 'submit', from: 'rejected', to: 'submitted', right: 'realisasi.enter' },
  { action: 'verify', from: 'submitted', to: 'verified', right: 'realisasi.verify' },
  { action: 'approve', from: 'verified', to: 'approved', right: 'realisasi.approve' },
  { action: 'reject', from: 'submitted', to: 'draft', right: 'realisasi.verify' },
  { action: 'reject', from: 'verified', to: 'draft', right: 'realisasi.approve' },
];

/** The transition of `action` from `status`, or null when the workflow does not allow it. */
export function transitionOf(status: string, action: WorkflowAction): Transition | null {
  return TABLE.find((t) => t.action === action && t.from === status) ?? null;
}
