// Opening a *.parallax-project.json from the desktop (the file association in electron-builder.json).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, promises as fs, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { foldersOfProjectFile, projectFileArgument } from '../../src/node/open-project-file';
import { PROJECT_FILE_NAME, writeProjectAtomic } from '../../src/node/project-store';
import { emptyProject } from '../../src/core/workspace';

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'parallax-open-file-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('project files opened from the desktop', () => {
  it('picks the project file among the arguments an OS launcher passes, relative to its working folder', () => {
    const folder = path.join(tmp, 'Kestrel Bay reports');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, PROJECT_FILE_NAME), '{}');
    writeFileSync(path.join(tmp, 'notes.parallax-project.json.txt'), 'not a project');
    expect(projectFileArgument(['--no-sandbox', path.join(folder, PROJECT_FILE_NAME)])).toBe(path.join(folder, PROJECT_FILE_NAME));
    expect(projectFileArgument(['.', `Kestrel Bay reports/${PROJECT_FILE_NAME}`], tmp)).toBe(path.join(folder, PROJECT_FILE_NAME));
    expect(
      projectFileArgument(['notes.parallax-project.json.txt', 'missing.parallax-project.json', '--flag=x.parallax-project.json'], tmp),
    ).toBeNull();
    expect(projectFileArgument([])).toBeNull();
  });

  it('opens the folder a project file sits in, or the folders a stored project lists', async () => {
    const a = path.join(tmp, 'Harbour Gazette');
    const b = path.join(tmp, 'Thời báo Cảng');
    mkdirSync(a, { recursive: true });
    mkdirSync(b, { recursive: true });
    expect(await foldersOfProjectFile(path.join(a, PROJECT_FILE_NAME))).toEqual([a]);
    const stored = path.join(tmp, 'userdata', 'projects', `harbour-0123456789abcdef.parallax-project.json`);
    mkdirSync(path.dirname(stored), { recursive: true });
    await writeProjectAtomic(stored, emptyProject([a, b, path.join(tmp, 'deleted since')]));
    expect(await foldersOfProjectFile(stored)).toEqual([a, b]);
    const gone = path.join(tmp, 'userdata', 'projects', `gone-0123456789abcdef.parallax-project.json`);
    await writeProjectAtomic(gone, emptyProject([path.join(tmp, 'nowhere')]));
    await expect(foldersOfProjectFile(gone)).rejects.toThrow(/names no folder that exists/);
  });
});
