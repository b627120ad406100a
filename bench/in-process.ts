/** The app in-process (createApp + request): server time without the network, with an admin session of one Pemda. */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { schema, type Database } from '@kinerja/db';
import { createApp } from '@kinerja/server';
import { hashPassword } from '../packages/server/src/auth/password.ts';
import { median } from './results.ts';

export interface InProcess {
  get(path: string): Promise<{ status: number; ms: number }>;
}

export async function adminApp(database: Database, pemdaSlug: string): Promise<InProcess> {
  const [p] = await database.db.select().from(schema.pemda).where(eq(schema.pemda.slug, pemdaSlug));
  if (!p) throw new Error(`no pemda ${pemdaSlug}`);
  const username = `bench-admin-${randomUUID().slice(0, 8)}`;
  const [u] = await database.db.insert(schema.appUser).values({ pemdaId: p.id, username, displayName: username, passwordHash: await hashPassword('bench-kata-sandi-1') }).returning();
  await database.db.insert(schema.roleAssignment).values({ pemdaId: p.id, userId: u?.id ?? '', role: 'admin_pemda' });
  const app = createApp({ db: database.db, kind: database.kind, demo: false });
  const res = await app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'bench-kata-sandi-1' }) });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return {
    async get(path) {
      const t0 = performance.now();
      const r = await app.request(path, { headers: { cookie } });
      await r.arrayBuffer();
      return { status: r.status, ms: performance.now() - t0 };
    },
  };
}

/** Median server time of `runs` GETs after one warm-up; throws unless each answers 200. */
export async function medianGet(app: InProcess, path: string, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const r = await app.get(path);
    if (r.status !== 200) throw new Error(`GET ${path}: ${r.status}`);
    if (i > 0) times.push(r.ms);
  }
  return median(times);
}
