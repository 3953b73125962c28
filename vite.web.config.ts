// Vite build of the renderer for the browser (served by the local HTTP host) — the Electron window
// loads the same React app through electron-vite, which can reuse `rendererConfig` below.
import { defineConfig, type Plugin, type ProxyOptions, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, 'src/renderer');

// `npm run dev:web` with PARALLAX_HOST_URL set to the address `npm run serve` printed (with its ?token=):
// the dev server forwards /api to that host, adding the token, so the UI runs with hot reload on real data.
function apiProxy(): Record<string, ProxyOptions> | undefined {
  const raw = process.env.PARALLAX_HOST_URL;
  if (!raw) return undefined;
  const u = new URL(raw);
  const token = u.searchParams.get('token') ?? '';
  return {
    '/api': {
      target: u.origin,
      changeOrigin: true,
      headers: { Authorization: `Bearer ${token}` },
      configure: (proxy) => proxy.on('proxyReq', (req) => req.removeHeader('origin')),
    },
  };
}

// The dev server injects an inline script (React refresh) and talks to its HMR websocket: in `vite` serve
// mode only, the page's CSP is widened for that. Builds keep the strict policy.
const devCsp: Plugin = {
  name: 'parallax-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html
      .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
      .replace("connect-src 'self'", "connect-src 'self' ws://127.0.0.1:* ws://localhost:*"),
};

export const rendererConfig: UserConfig = {
  root,
  base: './',
  plugins: [react(), devCsp],
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    target: 'es2022',
    // no inline scripts: the CSP forbids them
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1', strictPort: false, proxy: apiProxy() },
};

export default defineConfig(rendererConfig);
