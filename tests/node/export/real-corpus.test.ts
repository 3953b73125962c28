// Reports from real comparisons: the demo corpus (resources/demo) and, when present, the shared seeds
// (../shared/seeds, real noisy web captures), compared by the CLI and rendered in every format and language.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import type { Comparison } from '../../../src/core/model';
import { CSV_COLUMNS, REPORT_LANGUAGES, effectiveStatus, renderReport } from '../../../src/core/report';
import { parseCsv } from '../../core/report/csv-parse';
import { compareWithCli } from './compare-cli';

const repoRoot = path.resolve(__dirname, '../../..');
const seeds = path.resolve(repoRoot, '../shared/seeds');
const hasSeeds = existsSync(seeds);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'parallax-real-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function compare(input: string, name: string): Comparison {
  return compareWithCli(input, path.join(tmp, `${name}.json`));
}

const schema = JSON.parse(readFileSync(path.join(repoRoot, 'resources/schema/comparison.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/);
const validate = ajv.compile(schema);

function checkReports(c: Comparison): void {
  expect(validate(c), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  const claimById = new Map(c.claims.map((x) => [x.id, x]));
  for (const language of REPORT_LANGUAGES) {
    const html = renderReport(c, { format: 'html', scope: 'all', language });
    for (const tag of html.match(/<[^>]*>/g) ?? []) {
      expect(tag).toMatch(
        /^<\/?(!DOCTYPE|html|head|meta|title|style|body|header|section|h[1-4]|p|ul|ol|li|b|br|span|div|dl|dt|dd|blockquote|table|colgroup|col|thead|tbody|tr|th|td|mark)[\s>]/,
      );
      expect(tag).not.toMatch(/\son[a-z]+\s*=|\s(src|href|srcset|action|style)\s*=/i);
    }
    const md = renderReport(c, { format: 'md', scope: 'all', language });
    expect(md).not.toMatch(/<[a-z!/]/i);
  }
  const html = renderReport(c, { format: 'html', scope: 'all', language: 'en' });
  const plain = html.replace(/<[^>]+>/g, '');
  for (const a of c.alignments)
    for (const id of a.claimIds) {
      const text = claimById
        .get(id)!
        .text.replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
        .replace(/`/g, '&#96;');
      expect(plain).toContain(text);
    }
  // CSV: a header, one row per statement of each group and one per source stating a fact value
  const rows = parseCsv(renderReport(c, { format: 'csv', scope: 'all', language: 'en' }).slice(1));
  expect(rows[0]).toHaveLength(CSV_COLUMNS.length);
  const statementRows = rows.filter((r) => r[0] === 'statement').length;
  const statements = c.alignments.reduce((n, a) => n + a.claimIds.filter((id) => claimById.has(id)).length, 0);
  expect(statementRows).toBe(statements);
  if (c.factTable.length) expect(rows.filter((r) => r[0] === 'fact value').length).toBeGreaterThan(0);
  // every scope of the real comparison is a valid export
  for (const scope of ['tagged', 'conflicts'] as const)
    expect(validate(JSON.parse(renderReport(c, { format: 'json', scope, language: 'en' })))).toBe(true);
  for (const e of c.events)
    expect(validate(JSON.parse(renderReport(c, { format: 'json', scope: 'event', eventId: e.id, language: 'vi' })))).toBe(true);
  // an analyst verdict changes what "conflicts" contains
  if (c.alignments.length) {
    const tagged: Comparison = {
      ...c,
      alignments: c.alignments.map((a, i) =>
        i === 0 ? { ...a, tag: { status: 'conflict', note: 'checked by phone', updatedAt: '2025-01-01T00:00:00Z' } } : a,
      ),
    };
    const scoped = JSON.parse(renderReport(tagged, { format: 'json', scope: 'conflicts', language: 'en' })) as Comparison;
    expect(scoped.alignments.map((a) => a.id)).toContain(c.alignments[0].id);
    expect(scoped.alignments.every((a) => effectiveStatus(a) === 'conflict')).toBe(true);
    expect(JSON.parse(renderReport(tagged, { format: 'json', scope: 'tagged', language: 'en' })).alignments[0].tag.note).toBe(
      'checked by phone',
    );
  }
}

describe('reports of real comparisons', () => {
  it('demo corpus: every format, every language, valid and inert', () => {
    const c = compare(path.join(repoRoot, 'resources/demo'), 'demo');
    expect(c.sources.length).toBeGreaterThanOrEqual(5);
    checkReports(c);
  }, 300_000);

  it.skipIf(!hasSeeds)(
    'shared seeds: every format, every language, valid and inert (needs ../shared/seeds; skipped when absent)',
    () => {
      const c = compare(seeds, 'seeds');
      expect(c.sources.length).toBe(5);
      checkReports(c);
    },
    300_000,
  );
});
