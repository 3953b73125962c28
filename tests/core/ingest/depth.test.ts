// Issue 14 (2): nesting of any depth reaches the HTML parser at most MAX_HTML_DEPTH deep, in one linear pass that
// keeps every offset; the text inside the flattened elements is kept.
import { describe, expect, it } from 'vitest';
import { flattenDeepNesting, MAX_HTML_DEPTH } from '../../../src/core/ingest/depth';
import { extractHtml } from '../../../src/core/ingest/html';
import { ingestText } from '../../../src/core/ingest/index';
import { deepHtml } from '../../fuzz/generate';

describe('deep nesting pre-pass', () => {
  it('leaves ordinary pages unchanged', () => {
    const page = `<html><head><title>Talks</title><script>if (a < b) { document.write("<div><div>") }</script></head>
<body><article><h1>Envoys meet</h1><p>Envoys of Vantaro met for <b>four</b> hours.<br/><img src="x.png"></p>
<!-- <div><div><div> --><p>They will meet again.</p></article></body></html>`;
    const r = flattenDeepNesting(page);
    expect(r.flattened).toBe(0);
    expect(r.html).toBe(page);
    expect(r.deepest).toBeLessThan(6);
  });

  it('flattens only what is deeper than the limit, keeping length, line breaks and text', () => {
    const page = `<body>${'<section>\n'.repeat(10)}<p>Deep text of Quillmark.</p>${'</section>\n'.repeat(10)}</body>`;
    const r = flattenDeepNesting(page, 5);
    expect(r.flattened).toBe(7); // sections 5..10 and the <p> (body is 1 deep)
    expect(r.html.length).toBe(page.length);
    expect(r.html.split('\n').length).toBe(page.split('\n').length);
    expect(r.html).toContain('<!>Deep text of Quillmark.<! >'); // <p> and </p> as empty declarations
    expect(flattenDeepNesting(r.html, 5).deepest).toBeLessThanOrEqual(5);
  });

  it('does not count close tags that match nothing, so stray ones cannot hide depth', () => {
    const page = '<div></span>'.repeat(1000);
    expect(flattenDeepNesting(page, 50).flattened).toBe(950);
  });

  it('reads <div>×400,000 (4.4 MB) with its paragraph and its offsets', () => {
    const page = deepHtml(400_000);
    expect(page.length).toBeGreaterThan(4_000_000);
    const r = flattenDeepNesting(page);
    expect(r.deepest).toBe(400_003); // html, body, the divs, p
    expect(r.flattened).toBe(400_003 - MAX_HTML_DEPTH);
    const ex = extractHtml(page);
    expect(ex.meta.title ?? ex.title?.s).toBe('Deep page');
    const [doc] = ingestText('deep.html', page, { format: 'html' });
    const at = doc.text.indexOf('Minister Arlo Quenby');
    expect(at).toBeGreaterThanOrEqual(0);
    // offsets still point at the same words in the original
    const run = doc.offsets.find((o) => o.clean <= at && at < o.clean + o.len)!;
    expect(doc.original.slice(run.orig + at - run.clean, run.orig + at - run.clean + 20)).toBe('Minister Arlo Quenby');
  }, 60_000);
});
