/** The `kinerja` command line: global options and one sub-command per file under commands/. */
import { Command } from 'commander';
import { registerBackup } from './commands/backup.ts';
import { registerCheck } from './commands/check.ts';
import { registerCompute } from './commands/compute.ts';
import { registerExport } from './commands/export.ts';
import { registerImport } from './commands/import.ts';
import { registerMigrate } from './commands/migrate.ts';
import { registerReport } from './commands/report.ts';
import { registerRules } from './commands/rules.ts';
import { registerRestore } from './commands/restore.ts';
import { registerUsers } from './commands/users.ts';
import { msg } from './messages.ts';

export function buildProgram(): Command {
  const program = new Command('kinerja')
    .description(msg.description)
    .option('--data <DIR>', msg.optData)
    .option('--json', msg.optJson)
    .showHelpAfterError()
    .enablePositionalOptions(false);
  registerMigrate(program);
  registerImport(program);
  registerExport(program);
  registerCheck(program);
  registerCompute(program);
  registerUsers(program);
  registerBackup(program);
  registerRestore(program);
  registerReport(program);
  registerRules(program);
  return program;
}
