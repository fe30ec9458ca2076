/**
 * What an editor may upload, checked twice with the same rules: in the browser before the file leaves the editor's
 * machine (cms/uploads.ts), and by the local CMS server before anything is committed (scripts/cms/server.ts).
 * Photos straight from a camera (15 MB, 6,000 px) would be committed to git and slow every build: they are refused
 * with the limit named, so the editor shrinks them once. Audio must be a type every phone plays.
 */
import { AUDIO_MAX_BYTES, AUDIO_TYPES } from '../../schemas/bulletin';
import { formatNumber } from '../text/format';
import { IMAGE_EXTENSIONS } from '../security/cms-paths';

export type UploadKind = 'image' | 'audio';

export const UPLOAD_LIMITS = {
  image: { extensions: IMAGE_EXTENSIONS as readonly string[], maxBytes: 5 * 1024 * 1024, maxSide: 4000 },
  audio: { extensions: Object.keys(AUDIO_TYPES) as readonly string[], maxBytes: AUDIO_MAX_BYTES, maxSide: undefined },
} as const;

/** What each kind is called in messages. */
export const UPLOAD_NAMES: Record<UploadKind, string> = { image: 'ảnh', audio: 'tệp âm thanh' };

export interface UploadFacts {
  name: string;
  bytes: number;
  /** Pixels, when the file is an image that could be read. */
  width?: number | undefined;
  height?: number | undefined;
}

const megabytes = (bytes: number) => `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
const extensionOf = (name: string) => /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** The accepted types as the editor reads them: "JPG, JPEG, PNG hoặc WEBP". */
export function acceptedTypes(kind: UploadKind): string {
  const names = UPLOAD_LIMITS[kind].extensions.map((e) => e.toUpperCase());
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} hoặc ${names.at(-1)}` : (names[0] ?? '');
}

/** Why the file cannot be uploaded as `kind` (a Vietnamese sentence naming the limit), or undefined. */
export function uploadProblem(file: UploadFacts, kind: UploadKind): string | undefined {
  const limits = UPLOAD_LIMITS[kind];
  const what = UPLOAD_NAMES[kind];
  const extension = extensionOf(file.name);
  if (!limits.extensions.includes(extension))
    return `“${file.name}” không phải ${what} được nhận. Chỉ nhận ${what} ${acceptedTypes(kind)}.`;
  if (file.bytes > limits.maxBytes)
    return `“${file.name}” nặng ${megabytes(file.bytes)}, quá giới hạn ${megabytes(limits.maxBytes)} cho một ${what}. Hãy thu nhỏ hoặc nén tệp rồi tải lên lại.`;
  const side = Math.max(file.width ?? 0, file.height ?? 0);
  if (limits.maxSide && side > limits.maxSide)
    return `“${file.name}” có cạnh dài ${formatNumber(side)} điểm ảnh, quá giới hạn ${formatNumber(limits.maxSide)} điểm ảnh. Hãy thu nhỏ ảnh (ví dụ còn 2.000 điểm ảnh) rồi tải lên lại.`;
  return undefined;
}

/** The kind an upload's extension says it is, or undefined for anything else. */
export function uploadKindOf(name: string): UploadKind | undefined {
  const extension = extensionOf(name);
  return (Object.keys(UPLOAD_LIMITS) as UploadKind[]).find((kind) =>
    UPLOAD_LIMITS[kind].extensions.includes(extension),
  );
}

/**
 * The format a file's first bytes say it is: an upload named .mp3 must be an MP3, not a page or a script with
 * a harmless name. Returns the extension family, or undefined when the bytes are none of the accepted types.
 */
export function sniffUpload(bytes: Uint8Array): 'jpg' | 'png' | 'webp' | 'mp3' | 'm4a' | 'ogg' | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(0, 4) === 'OggS') return 'ogg';
  if (ascii(4, 8) === 'ftyp') return 'm4a';
  // MP3: an ID3 tag, or straight into an MPEG audio frame (11 sync bits set).
  if (ascii(0, 3) === 'ID3' || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0)) return 'mp3';
  return undefined;
}

/** True when the bytes are of the type the name's extension says (jpeg counts as jpg). */
export function bytesMatchName(bytes: Uint8Array, name: string): boolean {
  const extension = extensionOf(name) === 'jpeg' ? 'jpg' : extensionOf(name);
  return sniffUpload(bytes) === extension;
}
