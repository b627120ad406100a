#!/usr/bin/env node
/** Entry point of `kinerja` (bin/kinerja.mjs runs it through tsx). */
import { run } from './run.ts';

process.exitCode = await run(process.argv.slice(2));
