import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const folders = (dir: string) =>
  readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

interface Project {
  type: 'application' | 'library';
  root: string;
  sourceRoot: string;
  entryFile: string;
  compilerOptions?: { tsConfigPath?: string };
}
const cli = JSON.parse(readFileSync(join(ROOT, 'nest-cli.json'), 'utf8')) as { monorepo: boolean; root: string; projects: Record<string, Project> };

describe('nest-cli.json (the monorepo as the Nest CLI sees it)', () => {
  it('is in monorepo mode', () => {
    expect(cli.monorepo).toBe(true);
    expect(existsSync(join(ROOT, cli.root))).toBe(true);
  });

  it('lists every folder under apps/ as an application and libs/ as a library, and nothing else', () => {
    const expected = [...folders('apps').map((n) => [n, 'application']), ...folders('libs').map((n) => [n, 'library'])].sort();
    const listed = Object.entries(cli.projects).map(([n, p]) => [n, p.type]).sort();
    expect(listed).toEqual(expected);
  });

  it.each(Object.entries(cli.projects))('%s points at files that exist', (_name, p) => {
    expect(existsSync(join(ROOT, p.sourceRoot, `${p.entryFile}.ts`))).toBe(true);
    expect(p.sourceRoot.startsWith(`${p.root}/`)).toBe(true);
    expect(existsSync(join(ROOT, p.compilerOptions?.tsConfigPath ?? 'tsconfig.json'))).toBe(true);
  });
});
