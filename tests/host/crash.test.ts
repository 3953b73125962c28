// Issue 5: "a test kills the backend in the middle of saving and finds the project intact, with the last tag
// present or cleanly absent". The backend here is the real HTTP host process; tags are set over the API as fast
// as it answers, and the process is SIGKILLed at a random moment, several times over the same project.
import { describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Comparison } from '../../src/core/model';
import { PROJECT_FILE_NAME, parseProject, readProjectFile } from '../../src/node/project-store';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tsxLoader = createRequire(import.meta.url).resolve('tsx');

async function startBackend(userData: string, staticDir: string): Promise<{ child: ChildProcess; base: string; token: string }> {
  // one process (node with tsx's loader), not the tsx CLI: its wrapper process would die and leave the backend running
  const child = spawn(
    process.execPath,
    ['--import', tsxLoader, 'src/host/serve.ts', '--no-open', '--static', staticDir, '--user-data', userData],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  const url = await new Promise<URL>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('host did not start')), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(new URL(m[1]));
      }
    });
  });
  return { child, base: url.origin, token: url.searchParams.get('token')! };
}

async function call<T>(b: { base: string; token: string }, channel: string, req?: unknown): Promise<T> {
  const r = await fetch(`${b.base}/api/call/${channel}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${b.token}` },
    body: req === undefined ? '' : JSON.stringify(req),
  });
  const j = (await r.json()) as { ok: boolean; res: T; error?: { message: string } };
  if (!j.ok) throw new Error(j.error?.message);
  return j.res;
}

describe('killing the backend while it saves', () => {
  it('leaves a project file that always parses, holding only tags that were set', async () => {
    const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'parallax-crash-'));
    try {
      const corpus = path.join(tmp, 'corpus');
      await fs.cp(path.join(repoRoot, 'resources/demo'), corpus, { recursive: true });
      const staticDir = path.join(tmp, 'static');
      await fs.mkdir(staticDir);
      const file = path.join(corpus, PROJECT_FILE_NAME);
      const sent = new Set<string>();
      let saved = 0;
      for (let round = 0; round < 3; round++) {
        const b = await startBackend(path.join(tmp, 'ud'), staticDir);
        try {
          await call(b, 'project:open-folders', { paths: [corpus] });
          await call(b, 'analysis:start');
          let c: Comparison | null = null;
          for (let i = 0; i < 600 && !c; i++) {
            c = await call<Comparison | null>(b, 'comparison:get');
            if (!c) await new Promise((r) => setTimeout(r, 100));
          }
          expect(c?.alignments.length).toBeGreaterThan(0);
          // tags from earlier rounds came back after the crash
          if (saved) expect(c!.alignments.some((a) => a.tag && sent.has(a.tag.note))).toBe(true);
          const killAt = Date.now() + 300 + Math.random() * 1200;
          let n = 0;
          while (Date.now() < killAt) {
            const a = c!.alignments[n % c!.alignments.length];
            const note = `round ${round} tag ${n++}`;
            sent.add(note);
            await call(b, 'tag:set', { alignmentId: a.id, status: n % 2 ? 'conflict' : 'agreement', note });
          }
        } finally {
          b.child.kill('SIGKILL');
          await new Promise((r) => b.child.once('exit', r));
        }
        // the backend is really dead: nothing answers on its port any more
        await expect(
          fetch(`${b.base}/api/call/app:get-info`, { method: 'POST', headers: { authorization: `Bearer ${b.token}` } }),
        ).rejects.toThrow();
        const text = await fs.readFile(file, 'utf8').catch(() => null);
        if (text === null) continue; // killed before the first autosave: cleanly absent
        const project = parseProject(text); // throws when torn
        for (const t of project.tags) expect(sent.has(t.note)).toBe(true);
        expect((await readProjectFile(file)).diagnostics).toEqual([]);
        saved = project.tags.length;
      }
      expect(saved).toBeGreaterThan(0);
    } finally {
      await fs.rm(tmp, { recursive: true, force: true });
    }
  }, 300_000);
});
