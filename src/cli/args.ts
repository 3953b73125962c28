// Command-line parsing for `parallax`. Pure: argv in, a command or a UsageError out.
import path from 'node:path';
import { EXPORT_FORMATS, UI_LANGUAGES, type ExportFormat, type UiLanguage } from '../api/contract';

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
}

export type Command =
  | { command: 'help'; topic?: string }
  | { command: 'version' }
  | { command: 'match'; argv: string[] }
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
  parallax serve [--port N] [--no-open]   the app in your browser (see: parallax serve --help)
  parallax --help | --version

compare options:
  --format <f>     json | html | md | csv | pdf  (default: from --out's extension, else json)
  --out <file>     where to write the report (default: standard output; required for pdf)
  --lang <l>       report language: en | zh-Hans | zh-Hant | vi  (default: en)
  --scope <s>      all | conflicts | tagged  (default: all)
  --project <file> apply the tags, notes, links, outlet names and name variants of a project file
  --quiet          no progress on standard error

Exit status: 0 success; 1 some inputs could not be read (the rest are still compared, every problem is
listed on standard error and in the report's source diagnostics); 2 bad usage.

Example:
  parallax compare resources/demo --format json --out demo.json
`;

const EXT_FORMAT: Record<string, ExportFormat> = { '.json': 'json', '.html': 'html', '.htm': 'html', '.md': 'md', '.csv': 'csv', '.pdf': 'pdf' };

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
    if (!['--format', '--out', '--lang', '--scope', '--project', '-o', '-f'].includes(a)) throw new UsageError(`unknown option ${a}`);
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
    else project = value;
  }
  if (inputs.length === 0) throw new UsageError('compare needs at least one folder or file');
  const fmt: ExportFormat = format !== null ? oneOf('--format', format, EXPORT_FORMATS) : ((out ? EXT_FORMAT[path.extname(out).toLowerCase()] : undefined) ?? 'json');
  if (fmt === 'pdf' && out === null) throw new UsageError('--format pdf needs --out <file>');
  return {
    command: 'compare',
    inputs,
    format: fmt,
    out,
    lang: oneOf('--lang', lang, UI_LANGUAGES),
    scope: oneOf('--scope', scope, CLI_SCOPES),
    project,
    quiet,
  };
}
