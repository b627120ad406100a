/** Compression and caching: precompressed web files, gzip JSON, a year of cache for hashed assets only. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@kinerja/db';
import { testDatabase } from '@kinerja/db/testing';
import { createApp } from '../src/app.ts';

let database: Database;
let web: string;
const INDEX = `<!doctype html><title>kinerja-spa</title><script type="module" src="/assets/index-Ab12Cd34.js"></script>${' '.repeat(2000)}`;
const JS = `export const halo = "Selamat datang di kinerja";\n`.repeat(100);

beforeAll(async () => {
  database = await testDatabase();
  web = mkdtempSync(join(tmpdir(), 'kinerja-web-'));
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'index.html'), INDEX);
  writeFileSync(join(web, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(web, 'assets/index-Ab12Cd34.js'), JS);
  writeFileSync(join(web, 'assets/index-Ab12Cd34.js.br'), brotliCompressSync(JS));
  writeFileSync(join(web, 'assets/index-Ab12Cd34.js.gz'), gzipSync(JS));
});
afterAll(async () => database.close());

const app = () => createApp({ db: database.db, kind: database.kind, demo: false, webDir: web });
const decode = (encoding: string | null, bytes: Buffer): string =>
  (encoding === 'br' ? brotliDecompressSync(bytes) : encoding === 'gzip' ? gunzipSync(bytes) : bytes).toString('utf8');

describe('compression', () => {
  it.each([
    ['/assets/index-Ab12Cd34.js', 'br, gzip', 'br', JS],
    ['/assets/index-Ab12Cd34.js', 'gzip, deflate', 'gzip', JS],
    ['/assets/index-Ab12Cd34.js', '', null, JS],
    ['/', 'gzip, deflate, br', 'br', INDEX],
    ['/pemda/kabupaten-paser/opd/bkpsdm/beranda', 'gzip', 'gzip', INDEX],
    ['/pemda/kabupaten-paser/opd/bkpsdm/beranda', '', null, INDEX],
  ])('GET %s with Accept-Encoding "%s" → %s', async (path, accept, encoding, body) => {
    const res = await app().request(path, { headers: accept ? { 'accept-encoding': accept } : {} });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe(encoding);
    if (encoding) expect(res.headers.get('vary')).toContain('Accept-Encoding');
    expect(decode(encoding, Buffer.from(await res.arrayBuffer()))).toBe(body);
  });

  it.each([
    ['gzip, deflate, br', 'gzip'],
    ['', null],
  ])('API JSON with Accept-Encoding "%s" → %s', async (accept, encoding) => {
    const res = await app().request('/api/openapi.json', { headers: accept ? { 'accept-encoding': accept } : {} });
    expect(res.headers.get('content-encoding')).toBe(encoding);
    const doc = JSON.parse(decode(encoding, Buffer.from(await res.arrayBuffer()))) as { openapi: string };
    expect(doc.openapi).toBe('3.1.0');
  });
});

describe('cache headers', () => {
  it.each([
    ['/assets/index-Ab12Cd34.js', 'public, max-age=31536000, immutable'],
    ['/', 'no-cache'],
    ['/favicon.svg', 'no-cache'],
    ['/pemda/kabupaten-paser/opd/bkpsdm/beranda', 'no-cache'],
    ['/api/health', 'no-store'],
  ])('%s → %s', async (path, cache) => {
    const res = await app().request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe(cache);
  });
});
