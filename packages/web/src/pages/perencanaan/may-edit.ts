import type { Me } from '../../api/types.ts';

/**
 * Whether the user's roles carry plan.edit for this OPD (admin_opd of the OPD, admin_pemda,
 * superadmin). The server decides; this only chooses between "Buat rencana" and a read-only view.
 */
export function mayEditPlan(me: Me | null, opdSlug: string): boolean {
  return (me?.roles ?? []).some((r) => r.role === 'superadmin' || r.role === 'admin_pemda' || (r.role === 'admin_opd' && r.opd?.slug === opdSlug));
}
