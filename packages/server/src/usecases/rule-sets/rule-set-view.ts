/** The HTTP views of rule sets: GET a year's set, GET the catalog; who may change them. */
import type { Db } from '@kinerja/db';
import { can, type SessionUser } from '../../permissions.ts';
import { resolvePemda } from '../../tenant.ts';
import { parse } from '../../http/problem.ts';
import { authorize } from '../guard.ts';
import { yearParam } from '../periods/year-param.ts';
import { ruleSetCatalog, type RuleSetCatalog } from './rule-set-catalog.ts';
import { yearRuleSet, type YearRuleSet } from './year-rule-set.ts';

export interface RuleSetView extends YearRuleSet {
  pemda: { slug: string; name: string };
  /** the caller may change it (admin_pemda) */
  canManage: boolean;
}

export interface RuleSetCatalogView extends RuleSetCatalog {
  canManage: boolean;
}

export async function getRuleSet(db: Db, user: SessionUser, pemdaSlug: string, yearText: string): Promise<RuleSetView> {
  const pemda = await resolvePemda(db, user, pemdaSlug);
  authorize(user, 'pemda.read', { pemdaId: pemda.id });
  const year = parse(yearParam, yearText, 'year');
  const view = await yearRuleSet(db, pemda.id, year);
  return { pemda: { slug: pemda.slug, name: pemda.name }, ...view, canManage: can(user, 'rules.manage', { pemdaId: pemda.id }) };
}

export async function listRuleSets(db: Db, user: SessionUser, pemdaSlug: string): Promise<RuleSetCatalogView> {
  const pemda = await resolvePemda(db, user, pemdaSlug);
  authorize(user, 'pemda.read', { pemdaId: pemda.id });
  return { ...(await ruleSetCatalog(db, pemda.id)), canManage: can(user, 'rules.manage', { pemdaId: pemda.id }) };
}
