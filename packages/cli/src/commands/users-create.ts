/** `kinerja users create`: a user with one role, password hashed with argon2id, one audit row. */
import type { Command } from 'commander';
import { and, eq, sql } from 'drizzle-orm';
import { getOpd, getPemda, schema, writeAudit, type Executor } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import { hashPassword } from '@kinerja/server/password';
import { cliActor, withDatabase, type GlobalOptions } from '../context.ts';
import { msg } from '../messages.ts';
import { printJson, printLine } from '../output.ts';
import { passwordFrom } from '../password-input.ts';

export const ROLES = ['superadmin', 'admin_pemda', 'evaluator', 'admin_opd', 'operator', 'pimpinan'] as const;
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,49}$/;

interface CreateOpts {
  username: string;
  name: string;
  passwordStdin?: boolean;
  password?: string;
  role: string;
  pemda?: string;
  opd?: string;
  unit?: string;
}

interface Scope {
  pemdaId: string | null;
  opdId: string | null;
  unitId: string | null;
}

async function resolveScope(tx: Executor, o: CreateOpts): Promise<Scope> {
  if (o.role === 'superadmin' && !o.pemda) return { pemdaId: null, opdId: null, unitId: null };
  if (!o.pemda) throw new KinerjaError('invalid', msg.pemdaNeeded, '--pemda');
  const p = await getPemda(tx, o.pemda);
  const needsOpd = ['admin_opd', 'operator', 'pimpinan'].includes(o.role);
  if (needsOpd && !o.opd) throw new KinerjaError('invalid', msg.opdNeeded, '--opd');
  const opdRow = o.opd ? await getOpd(tx, p.id, o.opd) : null;
  if (o.role === 'operator' && !o.unit) throw new KinerjaError('invalid', msg.unitNeeded, '--unit');
  let unitId: string | null = null;
  if (o.unit && opdRow) {
    const [u] = await tx
      .select({ id: schema.unit.id })
      .from(schema.unit)
      .where(and(eq(schema.unit.pemdaId, p.id), eq(schema.unit.opdId, opdRow.id), eq(schema.unit.name, o.unit)));
    if (!u) throw new KinerjaError('not_found', msg.unitNotFound(o.unit), '--unit');
    unitId = u.id;
  }
  return { pemdaId: p.id, opdId: opdRow?.id ?? null, unitId };
}

export function registerUsersCreate(users: Command): void {
  users
    .command('create')
    .description(msg.cmdUsersCreate)
    .requiredOption('--username <U>', msg.optUsername)
    .requiredOption('--name <NAME>', msg.optName)
    .option('--password-stdin', msg.optPasswordStdin)
    .option('--password <P>', msg.optPassword)
    .requiredOption('--role <ROLE>', msg.optRole)
    .option('--pemda <SLUG>', msg.optPemda)
    .option('--opd <SLUG>', msg.optOpd)
    .option('--unit <NAME>', msg.optUnit)
    .action(async (o: CreateOpts, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const username = o.username.trim().toLowerCase();
      if (!USERNAME.test(username)) throw new KinerjaError('invalid', msg.usernameBad, '--username');
      if (!(ROLES as readonly string[]).includes(o.role)) throw new KinerjaError('invalid', msg.roleBad(ROLES), '--role');
      const passwordHash = await hashPassword(await passwordFrom(o));
      const actor = cliActor();
      const user = await withDatabase(g, ({ db }) =>
        db.transaction(async (tx) => {
          const [taken] = await tx
            .select({ id: schema.appUser.id })
            .from(schema.appUser)
            .where(eq(sql`lower(${schema.appUser.username})`, username));
          if (taken) throw new KinerjaError('conflict', msg.usernameTaken(username), '--username');
          const scope = await resolveScope(tx, o);
          const [u] = await tx
            .insert(schema.appUser)
            .values({ pemdaId: scope.pemdaId, username, displayName: o.name, passwordHash })
            .returning({ id: schema.appUser.id });
          if (!u) throw new Error('insert app_user returned nothing');
          await tx.insert(schema.roleAssignment).values({ ...scope, userId: u.id, role: o.role });
          const view = { id: u.id, username, displayName: o.name, roles: [{ role: o.role, pemda: o.pemda ?? null, opd: o.opd ?? null, unit: o.unit ?? null }] };
          await writeAudit(tx, { pemdaId: scope.pemdaId, actor, action: 'create', entity: 'app_user', entityId: u.id, after: view });
          return view;
        }),
      );
      if (g.json) printJson(user);
      else printLine(msg.userCreated(username));
    });
}
