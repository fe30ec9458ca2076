/**
 * Loudspeaker bulletins (src/content/bulletins/*.mdx): a script written to be read aloud over the commune and
 * village loudspeakers; the MDX body is the script. The word count (250–700) is checked by src/data/bulletins.ts,
 * which also reads the audio file's size and duration, so editors only upload the file.
 */
import { z } from 'astro/zod';
import { boolean, date, longText, ref, text, type Field, type SchemaTools } from './fields';
import { objectSchema } from './field-groups';
import { sources, period } from './sources';

/** Where uploaded audio lands (public/, served as is) and the URL written into the entry. */
export const AUDIO_FOLDER = { media: '/public/audio/phat-thanh', public: '/audio/phat-thanh' } as const;
export const AUDIO_TYPES = { mp3: 'audio/mpeg', m4a: 'audio/mp4', ogg: 'audio/ogg' } as const;
/** A 700-word script read slowly lasts about six minutes: 20 MB leaves room for a good bitrate. */
export const AUDIO_MAX_BYTES = 20 * 1024 * 1024;
const AUDIO_NAME = new RegExp(`^[a-z0-9][a-z0-9._-]*\\.(${Object.keys(AUDIO_TYPES).join('|')})$`);
const AUDIO_PATH = new RegExp(`^${AUDIO_FOLDER.public}/${AUDIO_NAME.source.slice(1)}`);

/** An uploaded audio file: MP3, M4A or OGG in the bulletins' audio folder. */
function audioFile(label: string): Field<z.ZodOptional<z.ZodString>> {
  const base = text({ label, required: false });
  const message = `${label}: chỉ nhận tệp MP3, M4A hoặc OGG tải lên thư mục ${AUDIO_FOLDER.public}/ (tên tệp không dấu)`;
  return {
    ...base,
    kind: 'file',
    schema: () => z.string().regex(AUDIO_PATH, message).optional(),
    cms: (name) => ({
      name,
      label,
      widget: 'file',
      required: false,
      choose_url: false,
      hint: 'Tệp MP3, M4A hoặc OGG. Thời lượng và dung lượng được đọc từ tệp khi dựng trang.',
      // Decap checks the pattern against the file's name, not the path it writes into the entry.
      pattern: [AUDIO_NAME.source, 'chỉ nhận tệp âm thanh MP3, M4A hoặc OGG, tên không dấu'],
      // The types the media folder takes (the local CMS server's allowlist, the upload check in the browser).
      accept: Object.keys(AUDIO_TYPES),
    }),
  };
}

export const bulletinFields = {
  title: text({ label: 'Tiêu đề bản tin', max: 160 }),
  summary: longText({ label: 'Tóm tắt', hint: 'Một hai câu, hiện trong danh sách và trong podcast.', max: 400 }),
  airFrom: date({ label: 'Phát từ ngày', hint: 'Ngày hoặc đầu đợt phát bản tin.' }),
  airUntil: date({ label: 'Phát đến ngày', hint: 'Bỏ trống nếu chỉ phát một ngày.', required: false }),
  sourceArticle: ref('articles', { label: 'Dựa trên tin bài', required: false }),
  sourceGuide: ref('guides', { label: 'Dựa trên mô hình', required: false }),
  audio: audioFile('Tệp âm thanh'),
  publishedAt: date({
    label: 'Ngày biên soạn, đăng',
    hint: 'Ngày bài được viết cho cổng thông tin, không phải ngày của sự việc.',
  }),
  period: period(),
  draft: boolean({ label: 'Bản nháp', default: false }),
  sources: sources(),
};

export const bulletinSchema = (tools: SchemaTools) =>
  objectSchema(bulletinFields, tools).superRefine((data, ctx) => {
    if (!data.sourceArticle && !data.sourceGuide)
      ctx.addIssue({
        code: 'custom',
        path: ['sourceArticle'],
        message: 'Bản tin phải ghi tin bài hoặc mô hình làm nguồn',
      });
    if (data.airUntil && data.airUntil < data.airFrom)
      ctx.addIssue({ code: 'custom', path: ['airUntil'], message: 'Phát đến ngày: phải sau ngày bắt đầu phát' });
  });
