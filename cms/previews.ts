/**
 * Preview templates: each collection's entry rendered with the site's own classes (global.css is injected
 * into the preview frame by cms/init.ts), so editors see roughly what readers will. Plain createElement:
 * no JSX step in the build.
 */
import { createElement as h, type ReactNode } from 'react';
import type { CmsField, FieldMap } from '../src/schemas/fields';
import { localityFields } from '../src/schemas/locality';
import { settingsFields } from '../src/schemas/settings';
import { statsFields } from '../src/schemas/stats';
import { ARTICLE_CATEGORIES, GUIDE_FIELDS, PROFILE_KINDS } from '../src/schemas/vocabulary';
import {
  LEAFLET_ARTICLE_CATEGORIES,
  LEAFLET_HEADINGS,
  LEAFLET_MIN_WORDS,
  leafletShortfall,
  leafletWords,
  type LeafletText,
} from '../src/lib/materials/leaflet';
import { t } from '../src/i18n/vi';

/** The part of Decap's preview props the templates use (values as plain JS via toJS()). */
export interface PreviewProps {
  entry: { getIn(path: string[]): unknown };
  widgetFor(name: string): ReactNode;
  getAsset(path: string, field?: unknown): unknown;
}

type Data = Record<string, unknown>;
type Image = { src?: string; alt?: string; caption?: string; credit?: string } | undefined;

const dataOf = (props: PreviewProps): Data => {
  const data = props.entry.getIn(['data']) as { toJS?: () => Data } | undefined;
  return data?.toJS?.() ?? {};
};

const str = (value: unknown) => (value === undefined || value === null ? '' : String(value));
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function dateText(value: unknown): string {
  const text = str(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return match ? `${Number(match[3])}/${Number(match[2])}/${match[1]}` : text;
}

function picture(props: PreviewProps, image: Image): ReactNode {
  if (!image?.src) return null;
  const url = str(props.getAsset(image.src));
  const caption = [image.caption, image.credit ? `(${image.credit})` : ''].filter(Boolean).join(' ');
  return h(
    'figure',
    { className: 'cover' },
    h('img', { src: url, alt: image.alt ?? '' }),
    caption ? h('figcaption', { className: 'meta' }, caption) : null,
    image.alt ? null : h('p', { className: 'meta', role: 'note' }, 'Thiếu mô tả ảnh (alt): ảnh sẽ không được lưu.'),
  );
}

const bulletList = (items: unknown[], render: (item: unknown) => ReactNode = (i) => str(i)) =>
  items.length ? h('ul', null, ...items.map((item, i) => h('li', { key: i }, render(item)))) : null;

const section = (title: string, content: ReactNode) =>
  content ? h('section', null, h('h2', null, title), content) : null;

/**
 * The leaflet as it prints, under the entry: the page's band, the headline, each list, the emergency number and
 * the QR code's place, on a sheet of A5 proportions, with a line saying whether it has enough text to be printed
 * (an entry that has not gets no leaflet). Agency and numbers come from the settings when the site is built.
 */
export function LeafletPreview({ value, kind }: { value: unknown; kind: string }): ReactNode {
  const d = (value ?? undefined) as Partial<LeafletText> | undefined;
  if (!d || !Object.values(d).some((v) => (Array.isArray(v) ? v.length : v))) return null;
  const text: LeafletText = {
    headline: str(d.headline),
    messages: list(d.messages).map(str),
    dos: list(d.dos).map(str),
    donts: list(d.donts).map(str),
    whoToCall: list(d.whoToCall).map(str),
  };
  const shortfall = leafletShortfall(text);
  const lists = (['messages', 'dos', 'donts', 'whoToCall'] as const).filter((key) => text[key].length);
  return h(
    'section',
    { className: 'leaflet-preview', 'data-leaflet-preview': '', 'aria-label': 'Tờ rơi khi in' },
    h('h2', null, 'Tờ rơi khi in (A5, hai trang)'),
    h(
      'p',
      { className: shortfall ? 'leaflet-verdict short' : 'leaflet-verdict', role: 'status' },
      shortfall
        ? `Chưa in được tờ rơi: ${shortfall}.`
        : `Đủ nội dung để in: ${leafletWords(text)} chữ (cần ít nhất ${LEAFLET_MIN_WORDS}).`,
    ),
    h(
      'div',
      { className: 'sheet' },
      h('p', { className: 'band' }, 'Tên cơ quan, lấy từ Cài đặt chung'),
      h('p', { className: 'eyebrow' }, kind),
      h('h3', { className: 'headline' }, text.headline),
      ...lists.map((key) =>
        h(
          'div',
          { key },
          h('h4', null, LEAFLET_HEADINGS[key]),
          h('ul', null, ...text[key].map((item, i) => h('li', { key: i }, item))),
        ),
      ),
      h('p', { className: 'emergency' }, `${t('leaflet.emergency')} 113`),
      h('p', { className: 'meta' }, `${t('leaflet.qr')} (mã QR và địa chỉ trang được in khi dựng cổng)`),
    ),
  );
}

export function ArticlePreview(props: PreviewProps) {
  const d = dataOf(props);
  const category = ARTICLE_CATEGORIES[str(d.category) as keyof typeof ARTICLE_CATEGORIES] ?? str(d.category);
  return h(
    'main',
    { className: 'container' },
    h(
      'article',
      { className: 'stack' },
      h('p', { className: 'eyebrow' }, category),
      h('h1', null, str(d.title)),
      h('p', { className: 'meta' }, [dateText(d.publishedAt), str(d.author)].filter(Boolean).join(' · ')),
      h('p', { className: 'lead' }, str(d.lead)),
      picture(props, d.cover as Image),
      h('div', { className: 'prose body' }, props.widgetFor('body')),
      section('Chủ đề', bulletList(list(d.topics))),
      (LEAFLET_ARTICLE_CATEGORIES as readonly string[]).includes(str(d.category))
        ? LeafletPreview({ value: d.leaflet, kind: LEAFLET_HEADINGS.articleKind })
        : null,
    ),
  );
}

export function ProfilePreview(props: PreviewProps) {
  const d = dataOf(props);
  const kind = PROFILE_KINDS[str(d.kind) as keyof typeof PROFILE_KINDS] ?? str(d.kind);
  return h(
    'main',
    { className: 'container' },
    h(
      'article',
      { className: 'stack' },
      h('p', { className: 'eyebrow' }, kind),
      h('h1', null, str(d.name)),
      h('p', { className: 'meta' }, str(d.role)),
      picture(props, d.portrait as Image),
      h('p', { className: 'lead' }, str(d.summary)),
      section('Thành tích', bulletList(list(d.achievements))),
      section(
        'Khen thưởng',
        bulletList(list(d.honours), (x) => {
          const honour = x as Data;
          return `${str(honour.year)} – ${str(honour.award)} (${str(honour.issuer)})`;
        }),
      ),
      h('div', { className: 'prose body' }, props.widgetFor('body')),
    ),
  );
}

export function GuidePreview(props: PreviewProps) {
  const d = dataOf(props);
  const field = GUIDE_FIELDS[str(d.field) as keyof typeof GUIDE_FIELDS] ?? str(d.field);
  return h(
    'main',
    { className: 'container' },
    h(
      'article',
      { className: 'stack' },
      h('p', { className: 'eyebrow' }, field),
      h('h1', null, str(d.title)),
      h('p', { className: 'lead' }, str(d.summary)),
      picture(props, d.cover as Image),
      section(
        'Ai tham gia',
        bulletList(list(d.participants), (x) => {
          const p = x as Data;
          return h('span', null, h('strong', null, str(p.role)), ': ', str(p.duties));
        }),
      ),
      section(
        'Các bước xây dựng và duy trì',
        list(d.steps).length
          ? h(
              'div',
              { className: 'steps' },
              h(
                'ol',
                null,
                ...list(d.steps).map((x, i) =>
                  h('li', { key: i }, h('strong', null, str((x as Data).title)), ' ', str((x as Data).detail)),
                ),
              ),
            )
          : null,
      ),
      section('Dấu hiệu hoạt động hiệu quả', bulletList(list(d.successSigns))),
      h('div', { className: 'prose body' }, props.widgetFor('body')),
      LeafletPreview({ value: d.leaflet, kind: LEAFLET_HEADINGS.guideKind }),
    ),
  );
}

export function PagePreview(props: PreviewProps) {
  const d = dataOf(props);
  return h(
    'main',
    { className: 'container' },
    h(
      'article',
      { className: 'stack' },
      h('h1', null, str(d.title)),
      h('p', { className: 'lead' }, str(d.description)),
      h('div', { className: 'prose body' }, props.widgetFor('body')),
    ),
  );
}

/** Data collections: every field by its Vietnamese label, nested lists and groups indented. */
function renderValue(field: CmsField | undefined, value: unknown): ReactNode {
  if (value === undefined || value === null || value === '') return h('em', { className: 'meta' }, '(trống)');
  const nested = field?.fields as CmsField[] | undefined;
  if (Array.isArray(value)) {
    if (!value.length) return h('em', { className: 'meta' }, '(trống)');
    return h(
      'ul',
      null,
      ...value.map((item, i) => h('li', { key: i }, nested ? dataList(nested, item as Data) : str(item))),
    );
  }
  if (typeof value === 'object') return nested ? dataList(nested, value as Data) : str(JSON.stringify(value));
  if (field?.widget === 'select' && Array.isArray(field.options)) {
    const option = (field.options as { value: string; label: string }[]).find((o) => o.value === value);
    if (option) return option.label;
  }
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  return str(value);
}

function dataList(fields: CmsField[], data: Data): ReactNode {
  return h(
    'dl',
    { className: 'preview-data' },
    ...fields.flatMap((f) => [
      h('dt', { key: `${f.name}-t` }, f.label),
      h('dd', { key: `${f.name}-d` }, renderValue(f, data[f.name])),
    ]),
  );
}

export function dataPreview(fields: FieldMap, titleField = 'title') {
  const cms = Object.entries(fields).map(([name, f]) => f.cms(name));
  return function DataPreview(props: PreviewProps) {
    const d = dataOf(props);
    return h('main', { className: 'container' }, h('h1', null, str(d[titleField])), dataList(cms, d));
  };
}

export const PREVIEWS = {
  articles: ArticlePreview,
  profiles: ProfilePreview,
  guides: GuidePreview,
  pages: PagePreview,
  localities: dataPreview(localityFields),
  stats: dataPreview(statsFields),
  site: dataPreview(settingsFields),
};
