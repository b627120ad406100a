/** The shapes of docs/api-contract.md (v1), as the web app reads them. */

export type Role = 'superadmin' | 'admin_pemda' | 'evaluator' | 'admin_opd' | 'operator' | 'pimpinan';

export interface RoleAssignment {
  role: Role;
  opd: { slug: string; name: string } | null;
  unit: { id: string; name: string } | null;
}

export interface Me {
  id: string;
  username: string;
  displayName: string;
  pemda: { id: string; slug: string; name: string } | null;
  roles: RoleAssignment[];
}

export interface LoginAnswer {
  user: Me;
  csrfToken: string;
}

export interface MeAnswer extends LoginAnswer {
  demo: boolean;
}

export interface Health {
  ok: boolean;
  database: 'pglite' | 'postgres';
  demo: boolean;
  version: string;
}

export interface Pemda {
  id: string;
  slug: string;
  name: string;
  province: string | null;
}

export interface Unit {
  id: string;
  name: string;
  parentId: string | null;
}

export interface Opd {
  id: string;
  slug: string;
  name: string;
  abbr: string | null;
  years: number[];
  units?: Unit[];
}

export type BandCode = 'ST' | 'T' | 'S' | 'R' | 'SR';

export interface Band {
  code: BandCode;
  label: string;
  color: string;
}

export type PeriodValues = Record<string, number | string | null>;

export interface PlanNode {
  id: string;
  extId: string | null;
  kind: string;
  parentId: string | null;
  name: string;
  code: string | null;
  unitId: string | null;
  budget: Record<string, number | null>;
  budgetRealization: Record<string, number | null>;
  absorption: Record<string, number | null>;
  capaian: number | null;
  band: Band | null;
}

export interface PeriodFigures {
  target: number | string | null;
  realization: number | string | null;
  capaian: number | null;
  progress: number | null;
}

export interface PlanIndicator {
  id: string;
  extId: string | null;
  nodeId: string;
  name: string;
  unit: string | null;
  polarity: string | null;
  aggregation: string | null;
  iku: boolean;
  targets: PeriodValues;
  realizations: PeriodValues;
  renstraTargets: PeriodValues;
  baseline: PeriodValues;
  annual: { target: number | string | null; realization: number | string | null; capaian: number | null; band: Band | null };
  periods: Record<string, PeriodFigures>;
}

export interface PlanDocument {
  id: string;
  extId?: string | null;
  kind: string;
  revision: string | null;
  status: string;
  basis: string | null;
  signed: string | null;
  versionNo?: number;
}

export type Severity = 'info' | 'warning' | 'error';

export interface Finding {
  code: string;
  check: string;
  severity: Severity;
  ref: string | null;
  where: string | null;
  printed: string | number | null;
  computed: string | number | null;
  message: string;
}

export interface PlanView {
  pemda: { slug: string; name: string };
  opd: { slug: string; name: string; abbr: string | null };
  year: number;
  renstra: { start: number | null; end: number | null } | null;
  documents: PlanDocument[];
  units: Unit[];
  rules: string;
  nodes: PlanNode[];
  indicators: PlanIndicator[];
  findings: Finding[];
}

export interface User {
  id: string;
  username: string;
  displayName: string;
  disabled: boolean;
  roles: RoleAssignment[];
}

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  roles: { role: Role; opd?: string; unit?: string }[];
}

export interface UserPatch {
  displayName?: string;
  password?: string;
  disabled?: boolean;
  roles?: { role: Role; opd?: string; unit?: string }[];
}

export interface NewOpd {
  name: string;
  abbr: string;
  slug?: string;
}

/** Problem details (RFC 9457) as the server sends them. */
export interface ProblemDetails {
  type?: string;
  title: string;
  status: number;
  code?: string;
  where?: string;
}
