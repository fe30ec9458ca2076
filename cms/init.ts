/**
 * Starts Decap CMS on /admin/ (imported by src/pages/admin/index.astro, bundled by the site's own build:
 * no CDN). The configuration was built at build time from the content schemas and is read from the page.
 */
import CMS from 'decap-cms-app';
import { fromJS } from 'immutable';
import siteCss from '../src/styles/global.css?inline';
import previewCss from './preview.css?inline';
import type { CmsConfig } from './config';
import { EDITOR_COMPONENTS } from './editor-components';
import { cleanEntryData, isBlank } from './normalize';
import { PREVIEWS } from './previews';

// Decap's typings lag behind its API (raw styles, returning data from preSave): use it through this shape.
interface DecapApi {
  init(options: { config: CmsConfig }): void;
  registerPreviewStyle(style: string, options?: { raw: boolean }): void;
  registerPreviewTemplate(name: string, component: unknown): void;
  registerEditorComponent(component: unknown): void;
  registerEventListener(listener: { name: string; handler: (args: { entry: { get(key: string): unknown } }) => unknown }): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  getWidget(name: string): { control: new (props: { value?: unknown }) => { validate: () => void; props: { value?: unknown } }; preview?: unknown };
}
const cms = CMS as unknown as DecapApi;

const configElement = document.getElementById('cms-config');
if (!configElement?.textContent) throw new Error('Thiếu cấu hình CMS (#cms-config)');
const config = JSON.parse(configElement.textContent) as CmsConfig;

cms.registerPreviewStyle(siteCss, { raw: true });
cms.registerPreviewStyle(previewCss, { raw: true });
for (const [name, template] of Object.entries(PREVIEWS)) cms.registerPreviewTemplate(name, template);
for (const component of EDITOR_COMPONENTS) cms.registerEditorComponent(component);

// An optional group (cover image, consent record…) is validated only once the editor starts filling it;
// Decap's own object widget would demand its inner fields even when the whole group is left out.
const objectWidget = cms.getWidget('object');
class OptionalObjectControl extends objectWidget.control {
  constructor(props: { value?: unknown }) {
    super(props);
    const validateFields = this.validate;
    this.validate = () => {
      if (!isBlank(this.props.value)) validateFields();
    };
  }
}
cms.registerWidget('optional-object', OptionalObjectControl, objectWidget.preview);

// Composed Unicode before the slug is made (NFD typing gives the same file name and text as NFC), and no
// empty leftovers ("" or {}) that the strict schema would reject.
cms.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const data = entry.get('data') as { toJS(): Record<string, unknown> };
    return fromJS(cleanEntryData(data.toJS()));
  },
});

cms.init({ config });
