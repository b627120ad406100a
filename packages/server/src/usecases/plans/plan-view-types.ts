/** The shapes of docs/api-contract.md that the plan endpoints answer. */
import type { NodeRow, IndicatorRow } from './plan-rows.ts';

export interface BandView {
  code: 'ST' | 'T' | 'S' | 'R' | 'SR';
  label: string;
  color: string;
}

export interface FindingView {
  code: string;
  check: string;
  severity: 'info' | 'warning' | 'error';
  ref: string | null;
  where: string | null;
  printed: string | number | null;
  computed: string | number | null;
  message: string;
}

export interface PeriodFigures {
  target: number | string | null;
  realization: number | string | null;
  capaian: number | null;
  progress: number | null;
}

export type PlanNodeView = NodeRow & {
  absorption: Record<string, number | null>;
  capaian: number | null;
  band: BandView | null;
};

export type PlanIndicatorView = IndicatorRow & {
  annual: { target: number | string | null; realization: number | string | null; capaian: number | null; band: BandView | null };
  periods: Record<string, PeriodFigures>;
};

export interface PlanView {
  pemda: { slug: string; name: string };
  opd: { slug: string; name: string; abbr: string | null };
  year: number;
  renstra: { start: number | null; end: number | null } | null;
  documents: {
    id: string;
    extId: string | null;
    kind: string;
    revision: string | null;
    status: string;
    basis: string | null;
    signed: string | null;
    versionNo: number;
  }[];
  units: { id: string; name: string; parentId: string | null }[];
  /** the rule set the figures were computed with (its key and version) */
  rules: string;
  rulesVersion: number;
  nodes: PlanNodeView[];
  indicators: PlanIndicatorView[];
  findings: FindingView[];
  /** realisations left out of the figures and findings because they are not final (draft, submitted, rejected) */
  pending: number;
}
