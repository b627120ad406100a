/** The OpenAPI 3.1 document, built from the route catalog and its zod schemas. */
import { z } from 'zod/v4';
import { routes, type RouteSpec } from './catalog.ts';

const problem = {
  type: 'object',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string', description: 'pesan dalam Bahasa Indonesia' },
    status: { type: 'integer' },
    code: { type: 'string' },
    where: { type: 'string', description: 'kolom atau jalur yang bermasalah' },
  },
};

const jsonSchema = (s: z.ZodType): unknown => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' });

function operation(r: RouteSpec) {
  const pathParams = [...r.path.matchAll(/:([a-z]+)/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: m[1] === 'year' ? { type: 'integer' } : { type: 'string' },
  }));
  const queryParams =
    r.query instanceof z.ZodObject
      ? Object.keys(r.query.shape).map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } }))
      : [];
  return {
    summary: r.summary,
    ...(r.who ? { description: `Peran: ${r.who}` } : {}),
    ...(r.access === 'public' ? { security: [] } : {}),
    parameters: [...pathParams, ...queryParams],
    ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.body) } } } } : {}),
    responses: {
      [r.created ? '201' : '200']: {
        description: r.download ? 'berkas JSON' : 'berhasil',
        content: { 'application/json': {} },
      },
      default: { description: 'problem details', content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } } },
    },
  };
}

export function openApiDocument(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const p = r.path.replace(/:([a-z]+)/g, '{$1}');
    paths[p] = { ...paths[p], [r.method.toLowerCase()]: operation(r) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'kinerja API',
      version,
      description:
        'e-SAKIP terbuka. Sesi: cookie `kinerja_session`; setiap permintaan yang mengubah data wajib mengirim header `x-csrf-token`.',
    },
    components: {
      schemas: { Problem: problem },
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'kinerja_session' } },
    },
    security: [{ session: [] }],
    paths,
  };
}
