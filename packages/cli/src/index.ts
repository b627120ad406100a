export { run } from './run.ts';
export { buildProgram } from './program.ts';
export { toProblem, type Problem } from './errors.ts';
