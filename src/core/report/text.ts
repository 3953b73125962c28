// Escaping and value formatting shared by the renderers. Source text is untrusted everywhere.
import type { Fact, FactValue, Qualifier } from '../model';

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

function num(n: number | null | undefined): string {
  return n === null || n === undefined ? '?' : String(n);
}

const QUALIFIER_SIGN: Partial<Record<Qualifier, string>> = { approximate: '≈', 'at-least': '≥', 'at-most': '≤' };

/** A compact, language-neutral rendering of a normalized fact value (e.g. `5–6 hour`, `≥4 hour`, `2025-02-27`). */
export function formatValue(value: FactValue | undefined, qualifier?: Qualifier): string {
  if (value === undefined || value === null) return '';
  const v = value as Record<string, unknown>;
  const sign = qualifier ? (QUALIFIER_SIGN[qualifier] ?? '') : '';
  if ('min' in v || 'max' in v) {
    const min = v.min as number | null | undefined;
    const max = v.max as number | null | undefined;
    const unit = typeof v.unit === 'string' ? ` ${v.unit}` : '';
    if (min !== null && min !== undefined && max === null) return `≥${min}${unit}`;
    if ((min === null || min === undefined) && max !== null && max !== undefined) return `≤${max}${unit}`;
    if (min === max) return `${sign}${num(min)}${unit}`;
    return `${sign}${num(min)}–${num(max)}${unit}`;
  }
  if (typeof v.date === 'string') return `${v.date}${v.relative ? ' (rel.)' : ''}`;
  if (typeof v.key === 'string') {
    const parts = [typeof v.name === 'string' ? v.name : v.key];
    if (typeof v.role === 'string') parts.push(v.role);
    if (typeof v.organization === 'string') parts.push(v.organization);
    return parts.join(', ');
  }
  if (typeof v.speaker === 'string') return v.speaker + (typeof v.via === 'string' ? ` via ${v.via}` : '');
  try {
    return JSON.stringify(value);
  } catch {
    return '';
  }
}

/** `text [value]` for display. */
export function describeFact(f: Pick<Fact, 'text' | 'value' | 'qualifier'>): string {
  const v = formatValue(f.value, f.qualifier);
  return v && v !== f.text ? `${f.text} [${v}]` : f.text;
}
