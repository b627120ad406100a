/** What the consistency checker reports (shared/fixtures/FORMAT.md, "Findings"). */
export type CheckKind =
  | 'sum'
  | 'schedule'
  | 'ratio'
  | 'conflict'
  | 'code'
  | 'duplicate'
  | 'unit'
  | 'completeness';

export type Severity = 'info' | 'warning' | 'error';

export interface CheckFinding {
  /** Stable machine code, e.g. `sum.budget_children`. */
  code: string;
  check: CheckKind;
  severity: Severity;
  /** Id of the node, indicator, document, unit or evaluation/profile entry the finding is about. */
  ref: string;
  /** The place in the document, for people. */
  where: string;
  /** The figure as the source prints it (Indonesian notation), when there is one. */
  printed: string | null;
  /** The recomputed figure, or the other place's value. */
  computed: string | null;
  /** Bahasa Indonesia, numbers in Indonesian notation. */
  message: string;
}
