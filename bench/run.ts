// `npm run bench`: every benchmark, printed as `name: value unit` lines. Figures, not assertions.
// Parts: ingest (1,000 generated mixed documents), cross-language matching (NTREX, where ../shared is present),
// the engine end to end (1,000 and 10,000 generated documents), and the UI (first paint, time to interactive and
// scroll frame times for a 200-source project, where Chromium is present).
// Also: re-attaching analyst tags and saving a large project (workspace).
// Main-text extraction on the article-extraction benchmark (aeb-dev) against Readability.js + jsdom: `extract`.
// Also: CLI start-up to the first line of `parallax --help` (cli).
// Run one part: `npm run bench -- ingest` (or extract, match, engine, workspace, ui, cli).
import { existsSync } from 'node:fs';

const only = process.argv.slice(2);
const want = (name: string) => only.length === 0 || only.includes(name);

console.log(`bench node: ${process.version}`);
if (want('ingest')) {
  const { benchIngest } = await import('./ingest');
  await benchIngest();
}
if (want('extract')) {
  const { benchExtract } = await import('./extract');
  await benchExtract();
}
if (want('match')) {
  const { benchMatch, ntrexDir } = await import('./match');
  if (existsSync(ntrexDir)) await benchMatch();
  else console.log(`ntrex: skipped (no ${ntrexDir})`);
}
if (want('engine')) {
  const { benchEngine } = await import('./engine');
  await benchEngine();
}
if (want('workspace')) {
  const { benchWorkspace } = await import('./workspace');
  await benchWorkspace();
}
if (want('ui')) {
  const ui = './ui';
  if (existsSync(new URL('./ui.ts', import.meta.url))) {
    const { benchUi } = await import(ui);
    await benchUi();
  } else console.log('ui: skipped (bench/ui.ts not present)');
}
if (want('cli')) {
  const { benchCli } = await import('./cli');
  await benchCli();
}
