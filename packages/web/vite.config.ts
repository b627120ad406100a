import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { mockApiPlugin } from './mock/vite-plugin.ts';

// `KINERJA_MOCK=1 npm run dev -w @kinerja/web` answers /api from the fixture mock (dev only);
// otherwise /api is proxied to the server (KINERJA_API, default http://localhost:3000).
export default defineConfig(() => ({
  plugins: [react(), ...(process.env.KINERJA_MOCK === '1' ? [mockApiPlugin()] : [])],
  server: {
    proxy: process.env.KINERJA_MOCK === '1' ? undefined : { '/api': process.env.KINERJA_API ?? 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
  },
}));
