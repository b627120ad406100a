/** Rule sets stored per Pemda and year (issue #4): what the CLI and the other use cases call. */
export { ruleSetFor, rulesFor } from './rule-set-for.ts';
export { yearRuleSet, type YearRuleSet } from './year-rule-set.ts';
export { ruleSetCatalog, type RuleSetCatalog } from './rule-set-catalog.ts';
export { assignRuleSet, assignRuleSetInput, readAssignInput, type AssignRuleSetInput } from './assign-rule-set.ts';
export type { RuleParams } from './stored-rule-set.ts';
