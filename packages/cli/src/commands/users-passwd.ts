/** `kinerja users passwd`: a new password; unlocks the account and ends its sessions; one audit row. */
import type { Command } from 'commander';
import { eq, sql } from 'drizzle-orm';
import { schema, writeAudit } from '@kinerja/db';
import { KinerjaError } from '@kinerja/domain';
import { hashPassword } from '@kinerja/server/password';
import { cliActor, withDatabase, type GlobalOptions } from '../context.ts';
import { msg } from '../messages.ts';
import { printJson, printLine } from '../output.ts';
import { passwordFrom } from '../password-input.ts';

export function registerUsersPasswd(users: Command): void {
  users
    .command('passwd')
    .description(msg.cmdUsersPasswd)
    .requiredOption('--username <U>', msg.optUsername)
    .option('--password-stdin', msg.optPasswordStdin)
    .option('--password <P>', msg.optPassword)
    .action(async (o: { username: string; passwordStdin?: boolean; password?: string }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      const username = o.username.trim().toLowerCase();
      const passwordHash = await hashPassword(await passwordFrom(o));
      const actor = cliActor();
      await withDatabase(g, ({ db }) =>
        db.transaction(async (tx) => {
          const { appUser, session } = schema;
          const [u] = await tx
            .update(appUser)
            .set({ passwordHash, failedLogins: 0, lockedUntil: null })
            .where(eq(sql`lower(${appUser.username})`, username))
            .returning({ id: appUser.id, pemdaId: appUser.pemdaId });
          if (!u) throw new KinerjaError('not_found', msg.userNotFound(username), '--username');
          await tx.delete(session).where(eq(session.userId, u.id));
          await writeAudit(tx, { pemdaId: u.pemdaId, actor, action: 'passwd', entity: 'app_user', entityId: u.id, after: { username } });
        }),
      );
      if (g.json) printJson({ ok: true, username });
      else printLine(msg.passwordChanged(username));
    });
}
