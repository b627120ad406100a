/**
 * `npm run bench` runs every benchmark; `npm run bench -- P2 P3` the named ones. Each prints its
 * figures and merges them into bench/results.json. See bench/README.md for the goals and figures.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { print, save, type Result } from './results.ts';
import { p1 } from './p1-save.ts';
import { p2 } from './p2-docx.ts';
import { p3 } from './p3-dashboard.ts';
import { p4 } from './p4-national.ts';
import { p5 } from './p5-web.ts';
import { p6 } from './p6-first-start.ts';

const BENCHES: Record<string, () => Promise<Result[]>> = {
  P1: p1,
  P2: p2,
  P3: p3,
  P4: p4,
  P5: p5,
  P6: p6,
};

async function main(): Promise<void> {
  const asked = process.argv.slice(2).map((a) => a.toUpperCase());
  const ids = asked.length > 0 ? asked : Object.keys(BENCHES);
  const unknown = ids.filter((id) => !BENCHES[id]);
  if (unknown.length > 0) throw new Error(`unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(BENCHES).join(', ')}`);
  console.log(`kinerja bench on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}`);
  for (const id of ids) {
    const run = BENCHES[id];
    if (!run) continue;
    console.log(`— ${id}`);
    const rs = await run();
    print(rs);
    save(rs);
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
