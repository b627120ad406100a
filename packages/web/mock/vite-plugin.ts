/** DEV ONLY: answers /api from the mock inside `vite` (KINERJA_MOCK=1). */
import type { Plugin } from 'vite';
import { createMockApi } from './api.ts';

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
          const answer = handle(req.method ?? 'GET', `/api${req.url ?? ''}`, raw ? (JSON.parse(raw) as unknown) : undefined);
          res.statusCode = answer.status;
          res.setHeader('content-type', answer.status >= 400 ? 'application/problem+json' : 'application/json');
          res.end(JSON.stringify(answer.body));
        });
      });
    },
  };
}
