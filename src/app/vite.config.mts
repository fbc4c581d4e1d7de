import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The staff web app: built into dist/app and served by Kaira at /app/ (src/web/app-route.ts). `npm run app:dev`
// serves it with hot reload and passes /graphql on to a running Kaira (KAIRA_URL, default http://127.0.0.1:4000).
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/app/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/app', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/graphql': { target: process.env.KAIRA_URL ?? 'http://127.0.0.1:4000', changeOrigin: true } },
  },
});
