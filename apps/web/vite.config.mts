import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, manifest: true, chunkSizeWarningLimit: 900 },
  server: { port: 5173, proxy: { '/api': { target: api, changeOrigin: false } } },
  test: { root, include: ['src/**/*.test.ts', 'src/**/*.test.tsx'], environment: 'node' },
});
