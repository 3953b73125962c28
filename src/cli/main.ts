// `parallax` command line: `parallax compare <folder-or-file>... --format json --out <file>` and `parallax match`.
// Exit status: 0 success, 1 some inputs could not be read (the rest still compared), 2 bad usage.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ExportRequest } from '../api/contract';
import { judge } from '../core/engine/judge';
import { parseSettingsOverride, type SettingsOverride } from '../core/engine/settings';
import { explainComparison } from './explain';
import type { Comparison } from '../core/model';
import { applyProject } from '../core/workspace-apply';
import { writeExport } from '../node/export';
import { findChromium, renderPdfWithChromium } from '../node/pdf';
import { readProjectFile, refusedProjectFolders } from '../node/project-store';
import { runAnalysis } from '../node/service/analysis';
import { readDocuments } from '../node/service/sources';
import { HELP, parseArgs, UsageError, type CompareCommand } from './args';
import { runServeCommand } from './serve';
import pkg from '../../package.json';

export interface CliIo {
  stdout: (s: string | Uint8Array) => void;
  stderr: (s: string) => void;
  /** whether standard error is a terminal (progress is shown only then) */
  stderrIsTTY: boolean;
  cwd: string;
}

const defaultIo = (): CliIo => ({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
});

/** Runs the CLI; resolves to the exit status. */
export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  let cmd;
  try {
    cmd = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`parallax: ${e.message}\n\n${HELP}`);
    return 2;
  }
  switch (cmd.command) {
    case 'help':
      io.stdout(HELP);
      return 0;
    case 'version':
      io.stdout(`parallax ${(pkg as { version: string }).version}\n`);
      return 0;
    case 'match':
      return runMatchCommand(cmd.argv, io);
    case 'extract':
      return (await import('./extract')).runExtract(cmd.argv, io);
    case 'serve':
      return runServeCommand(cmd.argv, io);
    case 'compare':
      return compare(cmd, io);
  }
}

async function runMatchCommand(argv: string[], io: CliIo): Promise<number> {
  // loaded on demand: `compare` never pays for the matcher, and a build without it still compares
  let mod: { runMatch?: (argv: string[]) => Promise<number> | number };
  try {
    mod = await import('./match');
  } catch (e) {
    io.stderr(`parallax: the match command is not available in this build (${(e as Error).message.split('\n')[0]})\n`);
    return 1;
  }
  if (typeof mod.runMatch !== 'function') {
    io.stderr('parallax: the match command is not available in this build (src/cli/match.ts has no runMatch)\n');
    return 1;
  }
  return mod.runMatch(argv);
}

async function compare(cmd: CompareCommand, io: CliIo): Promise<number> {
  let failures = 0;
  const inputs: string[] = [];
  // `--explain <word>` took a word that looks like a group id; if it names a file or folder, it is an input
  if (typeof cmd.explain === 'string' && existsSync(path.resolve(io.cwd, cmd.explain))) {
    cmd = { ...cmd, inputs: [...cmd.inputs, cmd.explain], explain: true };
  }
  let settings: SettingsOverride | undefined;
  if (cmd.settings) {
    const file = path.resolve(io.cwd, cmd.settings);
    try {
      settings = parseSettingsOverride(JSON.parse(readFileSync(file, 'utf8')));
    } catch (e) {
      io.stderr(`parallax: --settings ${cmd.settings}: ${(e as Error).message}\n`);
      return 2;
    }
  }
  for (const raw of cmd.inputs) {
    const abs = path.resolve(io.cwd, raw);
    if (!existsSync(abs)) {
      io.stderr(`parallax: cannot read ${raw}: no such file or folder\n`);
      failures++;
    } else inputs.push(abs);
  }

  let project = null;
  if (cmd.project) {
    const file = path.resolve(io.cwd, cmd.project);
    if (!existsSync(file)) {
      io.stderr(`parallax: --project ${cmd.project}: no such file\n`);
      return 2;
    }
    const loaded = await readProjectFile(file);
    for (const d of loaded.diagnostics) io.stderr(`parallax: project: ${d.message}\n`);
    project = loaded.project;
    // a project file never adds folders: the ones it names are read only when named on the command line too
    for (const f of refusedProjectFolders(project.folders, inputs))
      io.stderr(`parallax: project: names folder ${f}, which is not on the command line; not read (name it to read it)\n`);
  }

  const progress = io.stderrIsTTY && !cmd.quiet;
  const show = (s: string) => progress && io.stderr(`\r\x1b[2K${s}`);
  const docs = await readDocuments(inputs, {
    outlets: project?.outlets,
    onProgress: (p) => show(`reading ${p.done}/${p.total}${p.current ? ` ${p.current}` : ''}`),
  });
  for (const d of docs) {
    for (const diag of d.diagnostics) {
      if (diag.level !== 'error') continue;
      io.stderr(`${progress ? '\r\x1b[2K' : ''}parallax: ${d.path}: ${diag.message} (${diag.code})\n`);
    }
    if (d.diagnostics.some((x) => x.level === 'error')) failures++;
  }

  let comparison: Comparison = await runAnalysis(docs, {
    nameVariants: project?.nameVariants,
    settings,
    onProgress: (done, total) => show(`analysing ${done}/${total}`),
  });
  if (project) {
    const outlets = project.outlets;
    comparison = { ...comparison, sources: comparison.sources.map((s) => (outlets[s.path] ? { ...s, outlet: outlets[s.path] } : s)) };
    const applied = applyProject(comparison, project, { judge: (claims) => judge(claims.map((claim) => ({ claim, facts: claim.facts }))) });
    comparison = applied.comparison;
    if (applied.orphans.length) io.stderr(`parallax: ${applied.orphans.length} tag(s) of the project could not be re-attached\n`);
  }
  if (progress) io.stderr('\r\x1b[2K');

  if (cmd.explain !== false) {
    const res = explainComparison(comparison, cmd.lang, typeof cmd.explain === 'string' ? cmd.explain : undefined);
    io.stdout(res.text);
    if (!res.found) return 2;
    // the report is written only where it does not mix with the explanation
    if (!cmd.out) return failures ? 1 : 0;
  }

  const req: ExportRequest = { format: cmd.format, scope: cmd.scope, language: cmd.lang, outPath: cmd.out ? path.resolve(io.cwd, cmd.out) : undefined };
  const chromium = cmd.format === 'pdf' ? findChromium() : null;
  try {
    const res = await writeExport(comparison, req, { renderPdf: chromium ? (html, decor) => renderPdfWithChromium(html, { executablePath: chromium }, decor) : undefined });
    if (res.path === null && res.content !== undefined) io.stdout(res.content);
    else if (progress) io.stderr(`wrote ${res.path} (${res.bytes} bytes, ${comparison.sources.length} sources)\n`);
  } catch (e) {
    io.stderr(`parallax: could not write the report: ${(e as Error).message}\n`);
    return 1;
  }
  return failures ? 1 : 0;
}

function isEntry(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return pathToFileURL(entry).href === import.meta.url;
  }
}

if (isEntry()) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`parallax: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
