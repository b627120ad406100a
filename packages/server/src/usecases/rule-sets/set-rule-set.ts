/** PUT a year's rule set over HTTP: admin_pemda only (`rules.manage`), audited as the user. */
import type { Db } from '@kinerja/db';
import type { SessionUser } from '../../permissions.ts';
import { resolvePemda } from '../../tenant.ts';
import { parse } from '../../http/problem.ts';
import { authorize } from '../guard.ts';
import { yearParam } from '../periods/year-param.ts';
import { assignRuleSet, readAssignInput } from './assign-rule-set.ts';
import type { RuleSetView } from './rule-set-view.ts';

export async function setRuleSet(db: Db, user: SessionUser, pemdaSlug: string, yearText: string, body: unknown): Promise<RuleSetView> {
  const pemda = await resolvePemda(db, user, pemdaSlug);
  authorize(user, 'rules.manage', { pemdaId: pemda.id });
  const year = parse(yearParam, yearText, 'year');
  const input = readAssignInput(body);
  const view = await assignRuleSet(db, pemda.id, year, input, { id: user.id, name: user.username });
  return { pemda: { slug: pemda.slug, name: pemda.name }, ...view, canManage: true };
}
