/**
 * Compression of the API's JSON (gzip on the fly, Hono's `compress`; documents and evidence are
 * already-compressed zip/PDF types and pass through). The web app's files are precompressed at
 * build time (.br/.gz beside each, see packages/web/vite.config.ts) and served by web-app.ts.
 */
import { compress } from 'hono/compress';

export const apiCompression = () => compress({ threshold: 1024 });
