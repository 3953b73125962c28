// Regenerates the legacy-encoded files of the demo corpus (resources/demo) from their UTF-8 sources
// (resources/demo-src). The committed resources/demo holds the encoded output; run `npm run build:demo`
// after editing a source. `--check` compares instead of writing and exits 1 when a file is stale.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';

export interface EncodedDemoFile {
  /** UTF-8 source, relative to resources/demo-src */
  source: string;
  /** encoded output, relative to resources/demo */
  output: string;
  /** iconv-lite encoding name */
  encoding: 'gb18030' | 'big5';
}

export const ENCODED_DEMO_FILES: readonly EncodedDemoFile[] = [
  { source: 'yuanzhou-daily.zh-Hans.txt', output: 'yuanzhou-daily-gb18030.txt', encoding: 'gb18030' },
  { source: 'haiwan-news.zh-Hant.txt', output: 'haiwan-news-big5.txt', encoding: 'big5' },
];

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const demoDir = path.join(repoRoot, 'resources', 'demo');
export const demoSrcDir = path.join(repoRoot, 'resources', 'demo-src');

/** Encodes one source; throws when a character has no mapping in the target encoding (iconv-lite would write '?'). */
export function encodeDemoFile(file: EncodedDemoFile): Buffer {
  const text = readFileSync(path.join(demoSrcDir, file.source), 'utf8').replace(/^\uFEFF/, '');
  const bytes = iconv.encode(text, file.encoding);
  const back = iconv.decode(bytes, file.encoding);
  if (back !== text) {
    const chars = [...text];
    const backChars = [...back];
    const at = chars.findIndex((c, i) => backChars[i] !== c);
    const bad = chars[at] ?? '';
    throw new Error(
      `${file.source}: character ${JSON.stringify(bad)} (U+${(bad.codePointAt(0) ?? 0).toString(16).toUpperCase()}) at index ${at} cannot be encoded as ${file.encoding}`,
    );
  }
  return bytes;
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  let stale = 0;
  for (const file of ENCODED_DEMO_FILES) {
    const bytes = encodeDemoFile(file);
    const out = path.join(demoDir, file.output);
    if (check) {
      const same = existsSync(out) && Buffer.compare(readFileSync(out), bytes) === 0;
      if (!same) stale++;
      console.log(`${same ? 'ok   ' : 'STALE'} ${file.output} (${file.encoding}, ${bytes.length} bytes)`);
    } else {
      writeFileSync(out, bytes);
      console.log(`wrote ${file.output} (${file.encoding}, ${bytes.length} bytes)`);
    }
  }
  return stale > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
