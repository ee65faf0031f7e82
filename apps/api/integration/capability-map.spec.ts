// The README's capability map ("Where each capability lives") must keep pointing at real files:
// every link resolves, every capability library, entity file and web page folder is on the map,
// and every relative link (with its #anchor) in the READMEs and docs/ resolves, so moving a file
// or renaming a heading cannot leave a newcomer at a dead end.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const README = join(ROOT, 'README.md');
const MAP_HEADING = '### Where each capability lives';
const COLUMNS = ['capability', 'API', 'data (entities)', 'rules (libs/domain)', 'web screens', 'API tests', 'browser tests'];
/** Libraries under libs/api that are not capabilities (shared plumbing, on the map's last row). */
const NOT_CAPABILITIES = ['core', 'server', 'testing', 'documents'];

const LINK = /\[[^\]]*\]\(([^)\s]+)\)/g;

function links(text: string): string[] {
  return [...text.matchAll(LINK)].map((m) => m[1]);
}

function mapRows(): string[][] {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf(MAP_HEADING);
  expect(start).toBeGreaterThanOrEqual(0);
  const lines = text.slice(start).split('\n');
  const table = lines.slice(lines.findIndex((l) => l.startsWith('|')));
  const rows = table
    .slice(
      0,
      table.findIndex((l) => !l.startsWith('|')),
    )
    .map((l) =>
      l
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    );
  expect(rows[0]).toEqual(COLUMNS);
  return rows.slice(2);
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces become hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchors(file: string): Set<string> {
  const out = new Set<string>();
  let fenced = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const m = !fenced && /^#{1,6}\s+(.*)$/.exec(line);
    if (m) out.add(slug(m[1]));
  }
  return out;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (['node_modules', 'dist', 'data', '.git', '.nx'].includes(name)) return [];
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

describe('the README capability map', () => {
  const rows = mapRows();

  it('has every column of every row filled, with a link or a dash', () => {
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      expect(row).toHaveLength(COLUMNS.length);
      for (const cell of row.slice(1)) expect(links(cell).length > 0 || cell.startsWith('—')).toBe(true);
    }
  });

  it('links only to files and folders that exist', () => {
    const missing = rows.flatMap((row) => links(row.join(' '))).filter((link) => !existsSync(join(ROOT, link)));
    expect(missing).toEqual([]);
  });

  it('lists every capability library, entity file and web page folder', () => {
    const linked = new Set(rows.flatMap((row) => links(row.join(' '))).map((l) => l.replace(/\/$/, '')));
    const expected = [
      ...readdirSync(join(ROOT, 'libs/api'))
        .filter((name) => !NOT_CAPABILITIES.includes(name) && statSync(join(ROOT, 'libs/api', name)).isDirectory())
        .map((name) => `libs/api/${name}`),
      ...readdirSync(join(ROOT, 'libs/db/src/entities'))
        .filter((name) => name.endsWith('.entity.ts'))
        .map((name) => `libs/db/src/entities/${name}`),
      ...readdirSync(join(ROOT, 'apps/web/src/pages')).map((name) => `apps/web/src/pages/${name}`),
    ];
    expect(expected.filter((path) => !linked.has(path))).toEqual([]);
  });
});

describe('relative links in the READMEs and docs/', () => {
  const files = [README, ...markdownFiles(join(ROOT, 'docs')), ...markdownFiles(join(ROOT, 'libs')), ...markdownFiles(join(ROOT, 'apps'))];

  it('resolve to a file and, with a #fragment, to a heading in it', () => {
    const broken: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
      for (const link of links(text)) {
        if (/^[a-z]+:/i.test(link)) continue; // http:, https:, mailto:
        const [path, fragment] = link.split('#');
        const target = path ? resolve(dirname(file), path) : file;
        const where = `${relative(ROOT, file)} → ${link}`;
        if (!existsSync(target)) broken.push(where);
        else if (fragment && statSync(target).isFile() && !anchors(target).has(fragment)) broken.push(where);
      }
    }
    expect(broken).toEqual([]);
  });
});
