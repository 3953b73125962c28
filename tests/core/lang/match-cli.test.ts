import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runMatch } from '../../../src/cli/match';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out.push(String(s));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    err.push(String(s));
    return true;
  });
  return { out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('parallax match', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parallax-match-'));
  const a = path.join(dir, 'a.txt');
  const b = path.join(dir, 'b.txt');
  writeFileSync(a, ['美俄代表团在利雅得会谈了四个半小时。', '今天的天气预报说下午有雷阵雨。', '拉夫罗夫说，双方同意恢复大使馆的正常运作。'].join('\n') + '\n');
  writeFileSync(
    b,
    [
      'Lavrov said both sides agreed to restore the normal operation of their embassies.',
      'The Russian and US delegations talked in Riyadh for four and a half hours.',
      'Shares in the car maker rose sharply after the results.',
    ].join('\n'),
  );

  it('prints one JSON line per line of A, with null where no line of B matches', async () => {
    const io = capture();
    const code = await runMatch([a, b]);
    vi.restoreAllMocks();
    expect(code).toBe(0);
    const rows = io.out
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { a: number; b: number | null; score: number });
    expect(rows.map((r) => [r.a, r.b])).toEqual([
      [0, 1],
      [1, null],
      [2, 0],
    ]);
    for (const r of rows) expect(r.score).toBeGreaterThanOrEqual(0);
  });

  it('accepts explicit languages and a threshold; a threshold of 1 leaves everything unmatched', async () => {
    const io = capture();
    const code = await runMatch([a, b, '--lang-a', 'zh-Hans', '--lang-b=en', '--threshold', '1']);
    vi.restoreAllMocks();
    expect(code).toBe(0);
    const rows = io.out.join('').trim().split('\n').map((l) => JSON.parse(l) as { b: number | null });
    expect(rows.every((r) => r.b === null)).toBe(true);
  });

  it('fails with a usage message on bad arguments or missing files', async () => {
    const io = capture();
    expect(await runMatch([a])).toBe(2);
    expect(await runMatch([a, b, '--threshold', 'x'])).toBe(2);
    expect(await runMatch([a, path.join(dir, 'missing.txt')])).toBe(1);
    vi.restoreAllMocks();
    expect(io.err.join('')).toContain('usage: parallax match');
  });
});
