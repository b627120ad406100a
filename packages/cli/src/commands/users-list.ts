import type { Command } from 'commander';
import { asc, eq, inArray } from 'drizzle-orm';
import { getPemda, schema } from '@kinerja/db';
import { withDatabase, type GlobalOptions } from '../context.ts';
import { msg } from '../messages.ts';
import { printJson, printLine, table } from '../output.ts';

export interface UserListItem {
  id: string;
  username: string;
  displayName: string;
  pemda: string | null;
  disabled: boolean;
  roles: { role: string; opd: string | null; unit: string | null }[];
}

export function registerUsersList(users: Command): void {
  users
    .command('list')
    .description(msg.cmdUsersList)
    .option('--pemda <SLUG>', msg.optPemda)
    .option('--json', msg.optJson)
    .action(async (o: { pemda?: string; json?: boolean }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const list = await withDatabase(g, async ({ db }): Promise<UserListItem[]> => {
        const p = o.pemda ? await getPemda(db, o.pemda) : null;
        const { appUser, roleAssignment, pemda, opd, unit } = schema;
        const rows = await db
          .select({ u: appUser, pemdaSlug: pemda.slug })
          .from(appUser)
          .leftJoin(pemda, eq(pemda.id, appUser.pemdaId))
          .where(p ? eq(appUser.pemdaId, p.id) : undefined)
          .orderBy(asc(appUser.username));
        const ids = rows.map((r) => r.u.id);
        const roles = ids.length
          ? await db
              .select({ userId: roleAssignment.userId, role: roleAssignment.role, opd: opd.slug, unit: unit.name })
              .from(roleAssignment)
              .leftJoin(opd, eq(opd.id, roleAssignment.opdId))
              .leftJoin(unit, eq(unit.id, roleAssignment.unitId))
              .where(inArray(roleAssignment.userId, ids))
          : [];
        return rows.map(({ u, pemdaSlug }) => ({
          id: u.id,
          username: u.username,
          displayName: u.displayName,
          pemda: pemdaSlug,
          disabled: u.disabled,
          roles: roles.filter((r) => r.userId === u.id).map((r) => ({ role: r.role, opd: r.opd, unit: r.unit })),
        }));
      });
      if (g.json || o.json) return printJson(list);
      if (list.length === 0) return printLine(msg.noUsers);
      const h = msg.headers;
      printLine(
        table(
          [h.username, h.name, h.pemda, h.roles],
          list.map((u) => [
            u.username,
            u.displayName,
            u.pemda ?? '-',
            u.roles.map((r) => [r.role, r.opd, r.unit].filter(Boolean).join('/')).join(', '),
          ]),
        ),
      );
    });
}
