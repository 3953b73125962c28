// The demo folder read through the app's folder reader: the answer key and the sidecar are not sources, every
// report gets the outlet its sidecar names, the legacy encodings are detected, and no markup or script survives.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { readAllSources } from '../../src/node/ingest/index';

const demoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../resources/demo');

describe('demo corpus through the folder reader', () => {
  it('reads the six reports only, with sidecar outlets, languages and encodings', async () => {
    const docs = await readAllSources([demoDir]);
    const side = JSON.parse(readFileSync(path.join(demoDir, 'parallax.json'), 'utf8')) as { outlets: Record<string, string> };
    expect(docs.map((d) => d.path).sort()).toEqual(Object.keys(side.outlets).sort());
    for (const d of docs) expect(d.outlet, d.path).toBe(side.outlets[d.path]);
    const by = Object.fromEntries(docs.map((d) => [d.path, d]));
    expect(by['yuanzhou-daily-gb18030.txt'].text).toContain('签署了三份谅解备忘录');
    expect(by['haiwan-news-big5.txt'].text).toContain('雙方簽署四項協議');
    expect(String(by['yuanzhou-daily-gb18030.txt'].encoding).toLowerCase()).toMatch(/gb/);
    expect(String(by['haiwan-news-big5.txt'].encoding).toLowerCase()).toMatch(/big5/);
    const languages = Object.fromEntries(docs.map((d) => [d.path, d.language]));
    expect(languages).toEqual({
      'lakeside-wire-geneva-talks.html': 'en',
      'continental-dispatch-wire.txt': 'en',
      'yuanzhou-daily-gb18030.txt': 'zh-Hans',
      'haiwan-news-big5.txt': 'zh-Hant',
      'thoi-su-phuong-nam.md': 'vi',
      'beian-observer-2024-vienna.md': 'zh-Hans',
    });
    const html = by['lakeside-wire-geneva-talks.html'];
    expect(html.format).toBe('html');
    expect(html.text).toContain('lasted about six and a half hours');
    expect(html.text).not.toMatch(/<script|onerror|must never run/);
  });
});
