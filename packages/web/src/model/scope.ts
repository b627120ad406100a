import type { Me, Opd } from '../api/types.ts';

/** Where a page lives: `/p/<pemda>/<opd>/<year>/<page>` so a link can be shared. */
export interface Scope {
  pemda: string;
  opd: string;
  year: number;
}

export type ScopedPage = '' | 'ringkasan' | 'perencanaan' | 'pengukuran' | 'pelaporan' | 'evaluasi' | 'admin';

export function scopePath(scope: Scope, page: ScopedPage = ''): string {
  const base = `/p/${scope.pemda}/${scope.opd}/${scope.year}`;
  return page ? `${base}/${page}` : base;
}

export const pemdaAdminPath = (pemda: string): string => `/p/${pemda}/admin`;

/** The latest year an OPD has a plan for, or null. */
export const latestYear = (opd: Opd): number | null => (opd.years.length ? Math.max(...opd.years) : null);

/**
 * The OPD and year a user lands on: the first OPD named in one of the user's roles that has a
 * plan, else the first OPD with a plan; the latest year of that OPD.
 */
export function defaultScope(me: Me, pemda: string, opds: readonly Opd[]): Scope | null {
  const withPlan = opds.filter((o) => o.years.length > 0);
  const ownSlugs = me.roles.map((r) => r.opd?.slug).filter((s): s is string => Boolean(s));
  const chosen = withPlan.find((o) => ownSlugs.includes(o.slug)) ?? withPlan[0];
  if (!chosen) return null;
  const year = latestYear(chosen);
  return year === null ? null : { pemda, opd: chosen.slug, year };
}

/** When the OPD changes, keep the year if the new OPD has it, else take its latest year. */
export function switchOpd(scope: Scope, opd: Opd): Scope | null {
  if (opd.years.includes(scope.year)) return { ...scope, opd: opd.slug };
  const year = latestYear(opd);
  return year === null ? null : { ...scope, opd: opd.slug, year };
}

/** Parses the `:year` segment; anything but a 4-digit year is not a page. */
export function parseYear(text: string | undefined): number | null {
  return text && /^\d{4}$/.test(text) ? Number(text) : null;
}
