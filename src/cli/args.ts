// Command-line parsing for `parallax`. Pure: argv in, a command or a UsageError out.
import { UI_LANGUAGES, type ExportFormat, type UiLanguage } from '../api/contract';
import { FORMAT_IDS, formatForFile, formatSpec } from '../core/report/formats';

export type CliScope = 'all' | 'conflicts' | 'tagged';
export const CLI_SCOPES: readonly CliScope[] = ['all', 'conflicts', 'tagged'];

export interface CompareCommand {
  command: 'compare';
  inputs: string[];
  format: ExportFormat;
  /** output file; null: standard output */
  out: string | null;
  lang: UiLanguage;
  scope: CliScope;
  /** project file whose tags, links, outlet names and name variants are applied */
  project: string | null;
  /** no progress even on a terminal */
  quiet: boolean;
  /** JSON file of engine settings to override (src/core/engine/settings.ts) */
  settings: string | null;
  /** print why each group formed and got its verdict: true for all groups, or one group id; false: no */
  explain: boolean | string;
}

export type Command =
  | { command: 'help'; topic?: string }
  | { command: 'version' }
  | { command: 'match'; argv: string[] }
  | { command: 'extract'; argv: string[] }
  | { command: 'serve'; argv: string[] }
  | CompareCommand;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const HELP = `Parallax: compare how outlets in different languages and scripts report the same event.

Usage:
  parallax compare <folder-or-file>... [options]
  parallax match ...            (see: parallax match --help)
  parallax extract <file-or-folder>... [--format text|json|jsonl]   what Parallax read from each file
  parallax serve [--port N] [--no-open]   the app in your browser (see: parallax serve --help)
  parallax --help | --version

compare options:
  --format <f>     ${FORMAT_IDS.join(' | ')}  (default: from --out's extension, else json)
  --out <file>     where to write the report (default: standard output; required for pdf)
  --lang <l>       report language: en | zh-Hans | zh-Hant | vi  (default: en)
  --scope <s>      all | conflicts | tagged  (default: all)
  --project <file> apply the tags, notes, links, outlet names and name variants of a project file
  --quiet          no progress on standard error
  --settings <file> override engine settings from a JSON file ({"events": {"sameEventDays": 2}, ...});
                   every report records the full settings it ran with (JSON: engine.settings)
  --explain [id]   print to standard output, for each group (or the group with this id), the scores and rules
                   that formed it and decided its verdict, in the --lang language (the report is then written
                   only with --out)

Exit status: 0 success; 1 some inputs could not be read (the rest are still compared, every problem is
listed on standard error and in the report's source diagnostics); 2 bad usage.

Example:
  parallax compare resources/demo --format json --out demo.json
`;

/** What a group id looks like: a letter and a 10-character base-36 hash (no path separator, no extension). */
const GROUP_ID = /^[a-z][0-9a-z]{10}$/;

function oneOf<T extends string>(flag: string, v: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got "${v}")`);
  return v as T;
}

export function parseArgs(argv: string[]): Command {
  if (argv.length === 0) throw new UsageError('no command given');
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') return { command: 'help', topic: rest[0] };
  if (first === '--version' || first === '-v') return { command: 'version' };
  if (first === 'match') return { command: 'match', argv: rest };
  if (first === 'extract') return { command: 'extract', argv: rest };
  if (first === 'serve') return { command: 'serve', argv: rest };
  if (first !== 'compare') throw new UsageError(`unknown command "${first}"`);

  const inputs: string[] = [];
  const seen = new Set<string>();
  let format: string | null = null;
  let out: string | null = null;
  let lang = 'en';
  let scope = 'all';
  let project: string | null = null;
  let quiet = false;
  let settings: string | null = null;
  let explain: boolean | string = false;
  let endOfOptions = false;
  for (let i = 0; i < rest.length; i++) {
    let a = rest[i];
    if (endOfOptions || !a.startsWith('-') || a === '-') {
      inputs.push(a);
      continue;
    }
    if (a === '--') {
      endOfOptions = true;
      continue;
    }
    if (a === '--help' || a === '-h') return { command: 'help', topic: 'compare' };
    if (a === '--quiet' || a === '-q') {
      quiet = true;
      continue;
    }
    let value: string | undefined;
    const eq = a.indexOf('=');
    if (eq > 0) {
      value = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    if (a === '--explain') {
      if (explain !== false) throw new UsageError('--explain given twice');
      // the group id is optional: `--explain=<id>`, or `--explain <id>` when the next word looks like a group id
      if (value === undefined && GROUP_ID.test(rest[i + 1] ?? '')) value = rest[++i];
      if (value === '') throw new UsageError('--explain= needs a group id');
      explain = value ?? true;
      continue;
    }
    if (!['--format', '--out', '--lang', '--scope', '--project', '--settings', '-o', '-f'].includes(a)) throw new UsageError(`unknown option ${a}`);
    if (seen.has(a)) throw new UsageError(`${a} given twice`);
    seen.add(a);
    if (value === undefined) {
      value = rest[++i];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) throw new UsageError(`${a} needs a value`);
    }
    if (value === '') throw new UsageError(`${a} needs a value`);
    if (a === '--format' || a === '-f') format = value;
    else if (a === '--out' || a === '-o') out = value === '-' ? null : value;
    else if (a === '--lang') lang = value;
    else if (a === '--scope') scope = value;
    else if (a === '--settings') settings = value;
    else project = value;
  }
  if (inputs.length === 0) throw new UsageError('compare needs at least one folder or file');
  const fmt: ExportFormat = format !== null ? oneOf('--format', format, FORMAT_IDS) : ((out ? formatForFile(out) : null) ?? 'json');
  if (formatSpec(fmt).binary && out === null) throw new UsageError(`--format ${fmt} needs --out <file>`);
  return {
    command: 'compare',
    inputs,
    format: fmt,
    out,
    lang: oneOf('--lang', lang, UI_LANGUAGES),
    scope: oneOf('--scope', scope, CLI_SCOPES),
    project,
    quiet,
    settings,
    explain,
  };
}
