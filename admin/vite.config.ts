import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The panel is served by the API server from `admin/dist` on the same origin, so it calls the
 * relative `/graphql`; `vite dev` proxies that path to a server started locally on port 4000.
 * The committed `../schema/schema.graphql` is imported with `?raw`: it sits inside the npm
 * workspace root, which Vite's dev server allows by default.
 */
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 3000, manifest: true },
  server: {
    proxy: { '/graphql': { target: 'http://localhost:4000', changeOrigin: true } },
  },
});
