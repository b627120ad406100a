/** DEV ONLY: answers /api from the mock inside `vite` (KINERJA_MOCK=1). */
import type { Plugin } from 'vite';
import { createMockApi, sessionOfCookie, type MockAnswer } from './api.ts';

export const sessionCookie = (a: MockAnswer): string | undefined =>
  a.session === undefined ? undefined : a.session === null ? 'mock_session=; Path=/; Max-Age=0' : `mock_session=${a.session}; Path=/; HttpOnly; SameSite=Lax`;

export function mockApiPlugin(): Plugin {
  return {
    name: 'kinerja-mock-api',
    configureServer(server) {
      const handle = createMockApi();
      server.middlewares.use('/api', (req, res) => {
        let raw = '';
        req.on('data', (chunk: Buffer) => {
          raw += chunk.toString('utf8');
        });
        req.on('end', () => {
          const answer = handle(req.method ?? 'GET', `/api${req.url ?? ''}`, raw ? (JSON.parse(raw) as unknown) : undefined, sessionOfCookie(req.headers.cookie));
          const cookie = sessionCookie(answer);
          if (cookie) res.setHeader('set-cookie', cookie);
          res.statusCode = answer.status;
          res.setHeader('content-type', answer.status >= 400 ? 'application/problem+json' : 'application/json');
          res.end(JSON.stringify(answer.body));
        });
      });
    },
  };
}
