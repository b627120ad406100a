/** While the server starts (database, then demo data): the page answers, /api says why it cannot yet (503). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startingApp, type StartPhase } from '../src/http/starting.ts';

const web = mkdtempSync(join(tmpdir(), 'kinerja-web-'));
writeFileSync(join(web, 'index.html'), '<!doctype html><title>kinerja-spa</title><div id="root"></div>');

describe('starting', () => {
  it.each([
    ['database', 'Server sedang menyiapkan basis data. Coba lagi dalam beberapa detik.'],
    ['demo', 'Server sedang menyiapkan data demo. Coba lagi dalam beberapa detik.'],
  ] as const)('phase %s: the page answers, /api answers 503 "%s"', async (phase: StartPhase, title) => {
    const app = startingApp(web, () => phase);
    const page = await app.request('/masuk');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const health = await app.request('/api/health');
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'starting', phase, title });
    const login = await app.request('/api/auth/login', { method: 'POST', body: '{}' });
    expect(login.status).toBe(503);
    expect(login.headers.get('retry-after')).toBe('2');
    expect(login.headers.get('x-frame-options')).toBe('DENY');
    expect(await login.json()).toMatchObject({ status: 503, code: 'starting', title });
  });
});
