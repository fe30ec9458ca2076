/**
 * `npm run places:import`: reads a province's import settings (data/places/<province>.json), the resolution's text
 * and the statistics office's code list they name, and writes one file per locality to src/content/localities/.
 * The reading is src/lib/places/*; this module only reads and writes files. A file whose content is unchanged is
 * left untouched, so a run on unchanged inputs changes nothing in Git.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseCodeList } from '../lib/places/code-list';
import { buildLocalities, type ImportConfig, type LocalityRecord } from '../lib/places/localities';
import { parseResolution } from '../lib/places/resolution';

interface ImportFile extends ImportConfig {
  resolution: ImportConfig['resolution'] & { file: string };
  codes: ImportConfig['codes'] & { file: string };
}

/** The localities the settings file describes, without writing anything. */
export async function readLocalities(settingsFile: string): Promise<LocalityRecord[]> {
  const dir = join(settingsFile, '..');
  const settings = JSON.parse(await readFile(settingsFile, 'utf8')) as ImportFile;
  const resolution = parseResolution(await readFile(join(dir, settings.resolution.file), 'utf8'));
  const codes = parseCodeList(await readFile(join(dir, settings.codes.file), 'utf8'));
  const { file: _resolutionFile, ...resolutionConfig } = settings.resolution;
  const { file: _codesFile, ...codesSource } = settings.codes;
  return buildLocalities(resolution, codes, { ...settings, resolution: resolutionConfig, codes: codesSource });
}

/** Writes the localities; returns how many files were created, changed and left as they were. */
export async function importPlaces(
  settingsFile: string,
  outDir: string,
): Promise<{ created: number; changed: number; unchanged: number; total: number }> {
  const records = await readLocalities(settingsFile);
  const counts = { created: 0, changed: 0, unchanged: 0, total: records.length };
  for (const { id, data } of records) {
    const file = join(outDir, `${id}.json`);
    const text = `${JSON.stringify(data, null, 2)}\n`;
    const before = existsSync(file) ? await readFile(file, 'utf8') : undefined;
    if (before === text) {
      counts.unchanged++;
      continue;
    }
    await writeFile(file, text);
    if (before === undefined) counts.created++;
    else counts.changed++;
  }
  return counts;
}
