// The Electron window's security settings in one place, as plain data (no electron import) so that
// tests/electron-security can check them without an Electron binary.
import path from 'node:path';

/** The renderer is served from this privileged custom scheme (never file://, never http). */
export const RENDERER_SCHEME = 'parallax';
export const RENDERER_HOST = 'app';
export const RENDERER_ORIGIN = `${RENDERER_SCHEME}://${RENDERER_HOST}`;
export const RENDERER_ENTRY = `${RENDERER_ORIGIN}/index.html`;

/** CSP of the app window: sent as a response header (and also present as a meta tag in index.html). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** CSP of the offscreen window that prints reports to PDF: nothing but inline styles. */
export const REPORT_PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

/** webPreferences of every window that shows the app. */
export function secureWebPreferences(preload: string) {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  } as const;
}

/** webPreferences of the hidden window that renders an HTML report for printToPDF: no preload, no JS. */
export function printWebPreferences() {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    javascript: false,
    webviewTag: false,
    images: false,
    partition: 'parallax-report-print',
    spellcheck: false,
  } as const;
}

/** Whether `url` (a sender frame or navigation target) is our renderer. `devUrl`: electron-vite dev server. */
export function isTrustedRendererUrl(url: string | undefined | null, devUrl?: string): boolean {
  if (!url) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === `${RENDERER_SCHEME}:` && u.host === RENDERER_HOST) return true;
  if (devUrl) {
    try {
      const d = new URL(devUrl);
      return (d.hostname === '127.0.0.1' || d.hostname === 'localhost') && u.origin === d.origin;
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * Maps a `parallax://app/...` URL to a file inside `root` (the built renderer), or null when the URL leaves
 * the folder or is not ours. `/` and unknown extension-less paths serve index.html.
 */
export function resolveRendererFile(root: string, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${RENDERER_SCHEME}:` || u.host !== RENDERER_HOST) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  if (rel === '/' || rel === '') rel = '/index.html';
  const base = path.resolve(root);
  const file = path.resolve(base, '.' + path.posix.normalize(rel));
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  return file;
}

export { mimeType } from '../node/mime';
