/**
 * Pure logic of loudspeaker bulletins: how long a script is, how long it takes to read aloud, and how its
 * audio file is described (MIME type, duration for players and podcast apps). No Astro, so it is tested directly.
 */
import { AUDIO_TYPES } from '../../schemas/bulletin';
import { parseMdx } from '../mdx/mdx-parse-micromark';
import { stripFrontmatter, type MdxNode } from '../mdx/mdx-safety';

/** Words (Vietnamese syllables) a person at the microphone reads in a minute, slowly and clearly. */
export const SPEAKING_PACE = 120;
/** A script must be long enough to say something and short enough to be heard to the end. */
export const SCRIPT_WORDS = { min: 250, max: 700 } as const;

/** The text of a node: its words, without markup (a link is its text, a component its content, not its attributes). */
function textOf(node: MdxNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  if (node.type === 'break') return ' ';
  return (node.children ?? []).map(textOf).join('');
}

/** The script's blocks (paragraphs, headings, list items' paragraphs, code), each as plain text, from its syntax tree. */
function scriptBlocks(node: MdxNode, out: string[] = []): string[] {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableRow') out.push(textOf(node).trim());
  else if (node.type === 'code') out.push(String(node.value ?? ''));
  else for (const child of node.children ?? []) scriptBlocks(child, out);
  return out.filter(Boolean);
}

/** A script's blocks of text, read from its MDX syntax tree (never by pattern over the markup). */
const blocksOf = (markdown: string) => scriptBlocks(parseMdx(stripFrontmatter(markdown)));

/** Words of a script written as Markdown: markup and punctuation are not words. */
export function countWords(markdown: string): number {
  return blocksOf(markdown)
    .join(' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes to read a script aloud at the pace, rounded, at least one. */
export function readingMinutes(words: number, pace = SPEAKING_PACE): number {
  return Math.max(1, Math.round(words / pace));
}

/** Why a script's length is refused, or undefined when it is within bounds. */
export function scriptLengthProblem(words: number): string | undefined {
  if (words < SCRIPT_WORDS.min) return `bài đọc chỉ có ${words} chữ, cần ít nhất ${SCRIPT_WORDS.min}`;
  if (words > SCRIPT_WORDS.max)
    return `bài đọc có ${words} chữ, tối đa ${SCRIPT_WORDS.max} (đọc quá dài người nghe khó theo dõi)`;
  return undefined;
}

/** MIME type of an audio file by its extension (the schema only lets these three through). */
export function audioType(path: string): string {
  const ext = path.split('.').pop()!.toLowerCase() as keyof typeof AUDIO_TYPES;
  const type = AUDIO_TYPES[ext];
  if (!type) throw new Error(`Không nhận dạng được loại tệp âm thanh: ${path}`);
  return type;
}

/** "HH:MM:SS", the form of itunes:duration every podcast app reads. */
export function itunesDuration(seconds: number): string {
  const s = Math.round(seconds);
  return [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60].map((n) => String(n).padStart(2, '0')).join(':');
}

/** "3 phút 05 giây", "45 giây": how long the recording lasts, for readers. */
export function durationText(seconds: number): string {
  const s = Math.round(seconds);
  const minutes = Math.floor(s / 60);
  const rest = s % 60;
  if (minutes === 0) return `${rest} giây`;
  return rest ? `${minutes} phút ${String(rest).padStart(2, '0')} giây` : `${minutes} phút`;
}

/** "820 byte", "45 KB", "1,2 MB": a download's size, shown before the link because people pay for their data. */
export function fileSizeText(bytes: number): string {
  if (bytes < 1000) return `${bytes} byte`;
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${(bytes / 1_000_000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

/** The script as plain text for the .txt download: paragraphs kept, markup dropped, title on top. */
export function scriptText(title: string, markdown: string): string {
  return `${title}\n\n${blocksOf(markdown).join('\n\n')}\n`;
}
