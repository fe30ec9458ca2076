/**
 * Starts Decap CMS on /admin/ (imported by src/admin/index.astro, bundled by the site's own build:
 * no CDN). The configuration was built at build time from the content schemas and is read from the page.
 */
import { fromJS } from 'immutable';
import siteCss from '../src/styles/global.css?inline';
import { entryProblemsMessage } from '../src/lib/content/entry-check';
import { parseFrontmatterFile, writeFrontmatterFile } from '../src/lib/content/frontmatter-format';
import { writeJsonFile } from '../src/lib/content/json-format';
import previewCss from './preview.css?inline';
import { checkCmsEntry } from './checks';
import { FRONTMATTER_FORMAT, JSON_FORMAT, type CmsConfig } from './config';
import { cms } from './decap';
import { EDITOR_COMPONENTS } from './editor-components';
import { viLocale } from './locale-vi';
import { cleanEntryData } from './normalize';
import { PREVIEWS } from './previews';
import { registerOptionalGroups, replaceBuiltInControls } from './widgets';

const configElement = document.getElementById('cms-config');
if (!configElement?.textContent) throw new Error('Thiếu cấu hình CMS (#cms-config)');
const config = JSON.parse(configElement.textContent) as CmsConfig;
// The site's public numbers (hotlines), which the privacy rule allows anywhere: read from the settings at build time.
const allowedNumbers = JSON.parse(document.getElementById('cms-public-numbers')?.textContent ?? '[]') as string[];

cms.registerLocale('vi', viLocale);

cms.registerPreviewStyle(siteCss, { raw: true });
cms.registerPreviewStyle(previewCss, { raw: true });
for (const [name, template] of Object.entries(PREVIEWS)) cms.registerPreviewTemplate(name, template);
for (const component of EDITOR_COMPONENTS) cms.registerEditorComponent(component);

registerOptionalGroups();

/*
 * The file as it was before this save. Decap calls the format's toFile right after the preSave hooks of the
 * same save and hands it only the data, so the hook leaves the original here for it.
 */
let originalFile: string | undefined;
const takeOriginal = () => {
  const original = originalFile;
  originalFile = undefined;
  return original;
};
cms.registerCustomFormat(FRONTMATTER_FORMAT, 'mdx', {
  fromFile: (content) => parseFrontmatterFile(content),
  toFile: (data, sortedKeys = []) => writeFrontmatterFile(data, takeOriginal(), sortedKeys),
});
cms.registerCustomFormat(JSON_FORMAT, 'json', {
  fromFile: (content) => JSON.parse(content) as unknown,
  toFile: (data) => writeJsonFile(data, takeOriginal()),
});

/** A save refused because the build would refuse the entry; Decap shows `String(error)` in its toast. */
class ContentProblemsError extends Error {
  override name = 'ContentProblemsError';
  override toString(): string {
    return this.message;
  }
}

// Composed Unicode before the slug is made (NFD typing gives the same file name and text as NFC), and no
// empty leftovers ("" or {}) that the strict schema would reject. Then the build's own checks: a hook that throws
// stops the save before anything is written or committed, and Decap shows the message.
cms.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const data = entry.get('data') as { toJS(): Record<string, unknown> };
    const clean = cleanEntryData(data.toJS());
    const collection = String(entry.get('collection'));
    const isNew = Boolean(entry.get('newRecord'));
    const file = (!isNew && String(entry.get('path') ?? '')) || `src/content/${collection}/(mục mới)`;
    const problems = checkCmsEntry(collection, file, clean, allowedNumbers);
    if (problems.length > 0) throw new ContentProblemsError(entryProblemsMessage(problems));
    originalFile = isNew ? undefined : ((entry.get('raw') as string | undefined) ?? undefined);
    return fromJS(clean);
  },
});

replaceBuiltInControls();

cms.init({ config });
