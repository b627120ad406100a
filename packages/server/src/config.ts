/**
 * The one config module: reads the environment once, validates it, and gives defaults that make
 * `npm start` work with nothing set (PGlite in ./data, port 3000, demo data on an empty database).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod/v4';

/** `auto`: seed the demo when the database has no Pemda yet. */
export type DemoSetting = 'auto' | 'on' | 'off';
/** `auto`: Secure cookies when the request came over HTTPS. */
export type CookieSecure = 'auto' | boolean;

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demo: DemoSetting;
  sessionTtlMs: number;
  cookieSecure: CookieSecure;
  /** take the client address from X-Forwarded-For (behind a reverse proxy) */
  trustProxy: boolean;
  webDir: string;
  /** uploaded evidence files and generated documents (storage/file-store.ts) */
  storage: StorageDirs;
}

/** Where files live: KINERJA_EVIDENCE_DIR / KINERJA_REPORTS_DIR, else `<data dir>/evidence|reports`. */
export interface StorageDirs {
  evidence: string;
  reports: string;
}

const flag = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no', 'ya', 'tidak']))
  .transform((v) => ['1', 'true', 'on', 'yes', 'ya'].includes(v));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL harus berupa postgres://…')
    .optional(),
  KINERJA_DATA_DIR: z.string().min(1).default('./data'),
  KINERJA_DEMO: flag.optional(),
  KINERJA_SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 30).default(8),
  KINERJA_COOKIE_SECURE: flag.optional(),
  KINERJA_TRUST_PROXY: flag.default(false),
  KINERJA_WEB_DIR: z.string().min(1).optional(),
  KINERJA_EVIDENCE_DIR: z.string().min(1).optional(),
  KINERJA_REPORTS_DIR: z.string().min(1).optional(),
});

const storageSchema = envSchema.pick({ KINERJA_DATA_DIR: true, KINERJA_EVIDENCE_DIR: true, KINERJA_REPORTS_DIR: true });

const presentOf = (env: Record<string, string | undefined>): Record<string, string> =>
  Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));

const storageOf = (e: z.infer<typeof storageSchema>): StorageDirs => ({
  evidence: resolve(e.KINERJA_EVIDENCE_DIR ?? resolve(e.KINERJA_DATA_DIR, 'evidence')),
  reports: resolve(e.KINERJA_REPORTS_DIR ?? resolve(e.KINERJA_DATA_DIR, 'reports')),
});

/** The storage directories alone (read when the routes are built, so a test can set them first). */
export function storageDirs(env: Record<string, string | undefined> = process.env): StorageDirs {
  return storageOf(storageSchema.parse(presentOf(env)));
}

const defaultWebDir = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Validates the environment; throws an Error naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(presentOf(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Konfigurasi tidak sah:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: resolve(e.KINERJA_DATA_DIR),
    demo: e.KINERJA_DEMO === undefined ? 'auto' : e.KINERJA_DEMO ? 'on' : 'off',
    sessionTtlMs: e.KINERJA_SESSION_TTL_HOURS * 3_600_000,
    cookieSecure: e.KINERJA_COOKIE_SECURE ?? 'auto',
    trustProxy: e.KINERJA_TRUST_PROXY,
    webDir: e.KINERJA_WEB_DIR ? resolve(e.KINERJA_WEB_DIR) : defaultWebDir,
    storage: storageOf(e),
  };
}
