import type { Command } from 'commander';
import { msg } from '../messages.ts';
import { registerUsersCreate } from './users-create.ts';
import { registerUsersList } from './users-list.ts';
import { registerUsersPasswd } from './users-passwd.ts';

export function registerUsers(program: Command): void {
  const users = program.command('users').description(msg.cmdUsers);
  registerUsersCreate(users);
  registerUsersList(users);
  registerUsersPasswd(users);
}
