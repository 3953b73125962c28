// Issue 14 (3): the CLI never reads a folder only because a project file names it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { writeProjectAtomic } from '../../src/node/project-store';
import { emptyProject } from '../../src/core/workspace';

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'parallax-cli-folders-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('parallax compare --project', () => {
  it('refuses folders the project names that are not on the command line, and reads them when named', async () => {
    const corpus = path.join(tmp, 'corpus');
    const other = path.join(tmp, 'elsewhere');
    await fs.mkdir(corpus);
    await fs.mkdir(other);
    await fs.writeFile(path.join(corpus, 'wire.txt'), 'Envoys of Vantaro met in Dessau on Tuesday for three hours.\n');
    await fs.writeFile(path.join(other, 'ledger.txt'), 'Quillmark payroll figures for the finance office.\n');
    const pfile = path.join(corpus, '.parallax-project.json');
    await writeProjectAtomic(pfile, emptyProject([corpus, other]));
    const out = path.join(tmp, 'out.json');
    const o = { out: '', err: '', stdout: () => undefined, stderr: (s: string) => void (o.err += s), stderrIsTTY: false, cwd: tmp };
    expect(await main(['compare', corpus, '--project', pfile, '--format', 'json', '--out', out], o)).toBe(0);
    expect(o.err).toContain(`names folder ${other}, which is not on the command line; not read`);
    const json = JSON.parse(await fs.readFile(out, 'utf8')) as { sources: { path: string }[] };
    expect(json.sources.map((s) => s.path)).toEqual(['wire.txt']);
    const o2 = { ...o, err: '', stderr: (s: string) => void (o2.err += s) };
    expect(await main(['compare', corpus, other, '--project', pfile, '--format', 'json', '--out', out], o2)).toBe(0);
    expect(o2.err).not.toContain('not on the command line');
  }, 120_000);
});
