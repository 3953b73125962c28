// Escaping shared by the renderers (values are written by values.ts). Source text is untrusted everywhere.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (ch) => HTML_ESCAPES[ch]);
}

/** A BCP 47 tag safe to put in a lang attribute, or null. */
export function safeLang(tag: string | null | undefined): string | null {
  return tag && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,6}$/.test(tag) ? tag : null;
}

/**
 * Escapes text for Markdown (CommonMark/GFM): inline-markup characters get a backslash, angle brackets and
 * ampersands become entities (so no raw HTML reaches a wiki), pipes are escaped for tables and line breaks
 * become spaces.
 */
export function escapeMd(s: string): string {
  return s
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~]/g, (ch) => '\\' + ch)
    .replace(/^(\s*)([-=])/, '$1\\$2')
    .replace(/^(\s*\d+)\./, '$1\\.');
}
