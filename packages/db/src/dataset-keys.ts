/** The keys of kinerja-dataset/1 objects that live in typed columns, in FORMAT.md order. */
export const PLAN_KEYS = [
  'format', 'source', 'pemda', 'opd', 'year', 'renstra', 'documents', 'units', 'nodes', 'indicators',
  'evaluations', 'profile', 'findings',
] as const;
export const DOCUMENT_KEYS = ['id', 'kind', 'revision', 'signed', 'basis'] as const;
export const NODE_KEYS = [
  'id', 'kind', 'parent', 'name', 'output', 'code', 'unit', 'budget', 'budget_realization', 'location',
  'printed', 'alternatives', 'raw',
] as const;
export const INDICATOR_KEYS = [
  'id', 'node', 'name', 'unit', 'polarity', 'aggregation', 'iku', 'definition', 'formula', 'data_source',
  'responsible', 'baseline', 'targets', 'schedule_overflow', 'realizations', 'renstra_targets', 'comparisons',
  'actions', 'analysis', 'printed', 'alternatives', 'raw',
] as const;

/** Indicator period maps and their `indicator_value.kind`. */
export const VALUE_MAPS = {
  baseline: 'baseline',
  targets: 'target',
  realizations: 'realization',
  renstra_targets: 'renstra_target',
} as const;
export type ValueMapKey = keyof typeof VALUE_MAPS;
export const VALUE_MAP_KEYS = Object.keys(VALUE_MAPS) as ValueMapKey[];
