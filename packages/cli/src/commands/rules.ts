/** `kinerja rules show|set|list`: the rule set of a Pemda's year, as the server's use cases see it. */
import type { Command } from 'commander';
import { rulesMsg as m } from './rules-messages.ts';
import { registerRulesList } from './rules-list.ts';
import { registerRulesSet } from './rules-set.ts';
import { registerRulesShow } from './rules-show.ts';

export function registerRules(program: Command): void {
  const rules = program.command('rules').description(m.cmdRules);
  registerRulesShow(rules);
  registerRulesSet(rules);
  registerRulesList(rules);
}
