import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { mockApiPlugin } from './mock/vite-plugin.ts';

/** Writes a .br and a .gz beside every text file of the build (the server sends them as they are). */
function precompress(outDir: string): Plugin {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
  return {
    name: 'kinerja-precompress',
    apply: 'build',
    closeBundle() {
      for (const file of walk(outDir)) {
        if (!/\.(js|css|html|svg|json)$/.test(file) || statSync(file).size < 1024) continue;
        const bytes = readFileSync(file);
        writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
        writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    },
  };
}

// `KINERJA_MOCK=1 npm run dev -w @kinerja/web` answers /api from the fixture mock (dev only);
// otherwise /api is proxied to the server (KINERJA_API, default http://localhost:3000).
export default defineConfig(() => ({
  plugins: [react(), precompress(join(import.meta.dirname, 'dist')), ...(process.env.KINERJA_MOCK === '1' ? [mockApiPlugin()] : [])],
  server: {
    proxy: process.env.KINERJA_MOCK === '1' ? undefined : { '/api': process.env.KINERJA_API ?? 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
  },
}));
