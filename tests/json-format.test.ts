import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeJsonFile } from '../src/lib/content/json-format';

const FOLDERS = ['localities', 'stats', 'laws', 'settings'].map((f) => join('src/content', f));
const FILES = FOLDERS.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(folder, name)),
);

/** Lines removed and added between two texts, by line position (the edits here never shift other lines). */
function changedLines(a: string, b: string): { removed: string[]; added: string[] } {
  const x = a.split('\n');
  const y = b.split('\n');
  const removed = x.filter((line) => !y.includes(line));
  const added = y.filter((line) => !x.includes(line));
  return { removed, added };
}

describe('JSON files written by the CMS', () => {
  it.each(FILES)('%s: saved unchanged, the file is byte for byte the same', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(writeJsonFile(JSON.parse(text) as Record<string, unknown>, text)).toBe(text);
  });

  it('one changed field changes that line only, keeping order, indentation and the final newline', () => {
    const text = readFileSync('src/content/localities/thon-khau-ca.json', 'utf8');
    const data = JSON.parse(text) as Record<string, unknown>;
    const out = writeJsonFile({ ...data, title: 'Khau Cà (đổi tên thử)' }, text);
    expect(changedLines(text, out)).toEqual({
      removed: [`  "title": ${JSON.stringify(data.title)},`],
      added: ['  "title": "Khau Cà (đổi tên thử)",'],
    });
    expect(out.endsWith('}\n')).toBe(true);
  });

  it('a nested change touches the nested line; a removed field loses its line; a new one is added', () => {
    const original = '{\n  "a": 1,\n  "b": { "c": [1, 2], "d": "x" },\n  "e": true\n}\n';
    const out = writeJsonFile({ a: 1, b: { c: [1, 2], d: 'y' }, f: 'mới' }, original);
    expect(JSON.parse(out)).toEqual({ a: 1, b: { c: [1, 2], d: 'y' }, f: 'mới' });
    expect(out).toBe('{\n  "a": 1,\n  "b": { "c": [1, 2], "d": "y" },\n  "f": "mới"\n}\n');
  });

  it('a new file is indented JSON with a final newline', () => {
    expect(writeJsonFile({ title: 'Xã mới' })).toBe('{\n  "title": "Xã mới"\n}\n');
  });
});
