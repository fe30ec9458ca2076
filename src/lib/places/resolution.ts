/**
 * Reads the article of a National Assembly Standing Committee resolution that arranges a province's commune-level
 * units (the 2025 resolutions 1654–1687/NQ-UBTVQH15): which new xã, phường or đặc khu each numbered item forms and
 * from which units, and the closing item that counts them and names the units left unchanged. An item it cannot read
 * is an error naming the item's number, never a unit silently dropped.
 *
 * The text is Markdown converted from the published document: emphasis marks, escaped dots, lines wrapped
 * mid-name, and words run together where the original changed formatting ("Côn Minhthành", "vàxã"). Those joins are
 * undone before reading (repairJoinedWords); everything else must match the resolution's own formulas.
 */
import { toNFC } from '../text/vietnamese';

/** Kinds of commune-level unit before and after 2025 (thị trấn ended with the district level). */
export const UNIT_KINDS = { xa: 'xã', phuong: 'phường', 'thi-tran': 'thị trấn', 'dac-khu': 'đặc khu' } as const;
export type UnitKind = keyof typeof UNIT_KINDS;

/** How much of a former unit went into the new one. */
export type Share = 'whole' | 'part' | 'remainder';

export interface FormerUnit {
  kind: UnitKind;
  /** The unit's name as written, without its kind ("Cao Sơn"). */
  name: string;
  /** What the resolution adds to tell two units of one name apart ("thành phố Thái Nguyên"). */
  qualifier?: string;
  share: Share;
  /** For a remainder: the item that took the other part. */
  afterItem?: number;
}

export interface ArrangementItem {
  /** The item's number in the article ("khoản 62"). */
  item: number;
  kind: UnitKind;
  name: string;
  from: FormerUnit[];
}

export interface ResolutionSummary {
  item: number;
  province: string;
  total: number;
  /** Units of each kind after the arrangement. */
  counts: Partial<Record<UnitKind, number>>;
  /** Units the resolution leaves as they were ("02 xã không thực hiện sắp xếp là xã Sảng Mộc, xã Thượng Quan"). */
  unchanged: { kind: UnitKind; name: string }[];
}

export interface ParsedResolution {
  items: ArrangementItem[];
  summary: ResolutionSummary;
}

export class ResolutionError extends Error {
  constructor(
    message: string,
    readonly item?: number,
  ) {
    super(item === undefined ? message : `Khoản ${item}: ${message}`);
    this.name = 'ResolutionError';
  }
}

/*
 * Words of the resolution's formulas. A run-together token is split only at one of these: a Vietnamese syllable
 * never ends with one of them after other letters ("Minhthành" can only be "Minh thành"), and one is split off the
 * front of a token only when what follows is another of them, a capital or a digit ("vàxã", "xãBình", "và15"), so
 * real words such as "vào" or "thịnh" are left alone.
 */
const FORMULA_WORDS = [
  'thành',
  'sau',
  'và',
  'của',
  'các',
  'xã',
  'phường',
  'thị',
  'trấn',
  'một',
  'phần',
  'là',
  'mới',
  'khoản',
];

function splitToken(token: string): string {
  for (const word of FORMULA_WORDS) {
    if (token.length > word.length && token.endsWith(word) && /\p{L}$/u.test(token.slice(0, -word.length)))
      return `${splitToken(token.slice(0, -word.length))} ${word}`;
  }
  for (const word of FORMULA_WORDS) {
    if (token.length <= word.length || !token.startsWith(word)) continue;
    const rest = token.slice(word.length);
    if (/^[\p{Lu}\d]/u.test(rest) || FORMULA_WORDS.some((w) => rest.startsWith(w)))
      return `${word} ${splitToken(rest)}`;
  }
  return token;
}

/** Puts back the spaces the conversion lost between a formula word and its neighbour ("của thị trấn", "Minh thành"). */
export function repairJoinedWords(text: string): string {
  return toNFC(text)
    .replace(/\p{L}+\d*|\d+\p{L}+/gu, (token) => splitToken(token))
    .replace(/([,;])(?=\S)/g, '$1 ')
    .replace(/[ \t]+/g, ' ');
}

/** Markdown of the converted document as plain paragraphs: no emphasis, no escapes, lines of a paragraph joined. */
export function plainParagraphs(markdown: string): string[] {
  return toNFC(markdown)
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n/)
    .map((p) =>
      p
        .replace(/\\([.\-*_()[\]])/g, '$1')
        .replace(/\*+/g, '')
        .replace(/\s*\n\s*/g, ' ')
        .replace(/[ \t\u00a0]+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}

/** The numbered items of Article 1: from the heading "Điều 1." to "Điều 2.". */
export function articleOneItems(markdown: string): { item: number; text: string }[] {
  const paragraphs = plainParagraphs(markdown);
  const start = paragraphs.findIndex((p) => /^Điều 1\./.test(p));
  if (start < 0) throw new ResolutionError('không tìm thấy “Điều 1.” trong văn bản');
  const end = paragraphs.findIndex((p, i) => i > start && /^Điều 2\./.test(p));
  const items: { item: number; text: string }[] = [];
  for (const paragraph of paragraphs.slice(start + 1, end < 0 ? undefined : end)) {
    const numbered = /^(\d+)\.\s*(.*)$/s.exec(paragraph);
    if (numbered) items.push({ item: Number(numbered[1]), text: numbered[2]!.trim() });
  }
  if (items.length === 0) throw new ResolutionError('Điều 1 không có khoản nào được đánh số');
  items.forEach(({ item }, index) => {
    if (item !== index + 1) throw new ResolutionError(`số thứ tự không liền mạch (khoản trước là ${index})`, item);
  });
  return items;
}

const KIND_WORDS: [RegExp, UnitKind][] = [
  [/^thị trấn\s+/, 'thi-tran'],
  [/^đặc khu\s+/, 'dac-khu'],
  [/^phường\s+/, 'phuong'],
  [/^xã\s+/, 'xa'],
];
const NEW_KIND: Record<string, UnitKind> = { xã: 'xa', phường: 'phuong', 'đặc khu': 'dac-khu' };

/** A proper name: words each starting with a capital or a digit ("Phan Đình Phùng", "Móng Cái 1"). */
const NAME = /^[\p{Lu}\d][\p{L}\d]*(?:[ -][\p{Lu}\d][\p{L}\d]*)*$/u;

const ARRANGE =
  /^Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số (?:của )?(.+) thành (xã|phường|đặc khu) mới có tên gọi là (xã|phường|đặc khu) (.+?)\.?$/;
const PART = 'một phần diện tích tự nhiên, quy mô dân số (?:của )?';
const REMAINDER = /^phần còn lại của (.+) sau khi sắp xếp theo quy định tại khoản (\d+) Điều này$/;

/** The units an item arranges, in the order written. */
function formerUnits(list: string, item: number): FormerUnit[] {
  // "một phần diện tích tự nhiên, quy mô dân số của" holds a comma: mark it before splitting the list.
  const marked = list.replace(new RegExp(PART, 'g'), '§');
  const segments: string[] = [];
  let depth = 0;
  let current = '';
  const words = marked.split(/(,\s*|\s+và\s+|[()])/);
  for (const piece of words) {
    if (piece === '(') depth++;
    if (piece === ')') depth--;
    if (depth === 0 && (/^,\s*$/.test(piece) || /^\s+và\s+$/.test(piece))) {
      segments.push(current.trim());
      current = '';
    } else current += piece;
  }
  segments.push(current.trim());

  const units: FormerUnit[] = [];
  let kind: UnitKind | undefined;
  for (const raw of segments) {
    let segment = raw;
    let share: Share = 'whole';
    let afterItem: number | undefined;
    if (segment.startsWith('§')) {
      share = 'part';
      segment = segment.slice(1).trim();
    }
    const remainder = REMAINDER.exec(segment);
    if (remainder) {
      share = 'remainder';
      segment = remainder[1]!.trim();
      afterItem = Number(remainder[2]);
    }
    segment = segment.replace(/^các\s+/, '');
    for (const [pattern, k] of KIND_WORDS) {
      if (pattern.test(segment)) {
        kind = k;
        segment = segment.replace(pattern, '');
        break;
      }
    }
    if (!kind) throw new ResolutionError(`không rõ cấp của đơn vị “${raw}”`, item);
    const qualified = /^(.+?)\s*\(([^)]+)\)$/.exec(segment);
    const name = (qualified ? qualified[1]! : segment).trim();
    if (!NAME.test(name)) throw new ResolutionError(`không đọc được tên đơn vị “${raw}”`, item);
    units.push({
      kind,
      name,
      ...(qualified ? { qualifier: qualified[2]!.trim() } : {}),
      share,
      ...(afterItem !== undefined ? { afterItem } : {}),
    });
  }
  return units;
}

/** One item of the form "Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của … thành xã mới có tên gọi là xã …". */
export function parseArrangement(item: number, text: string): ArrangementItem {
  const repaired = repairJoinedWords(text);
  const match = ARRANGE.exec(repaired);
  if (!match)
    throw new ResolutionError(`không đúng mẫu “Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của …”`, item);
  const [, list, newKind, namedKind, name] = match;
  if (newKind !== namedKind)
    throw new ResolutionError(`đơn vị mới vừa là ${newKind} vừa có tên gọi là ${namedKind}`, item);
  const unitName = name!.trim();
  if (!NAME.test(unitName)) throw new ResolutionError(`không đọc được tên đơn vị mới “${unitName}”`, item);
  return { item, kind: NEW_KIND[newKind!]!, name: unitName, from: formerUnits(list!, item) };
}

const SUMMARY =
  /^Sau khi sắp xếp, tỉnh (.+?) có (\d+) đơn vị hành chính cấp xã, gồm (.+?); trong đó có (.+?) hình thành sau sắp xếp quy định tại Điều này(?: và (.+?) không thực hiện sắp xếp là (.+?))?\.?$/;

/** "77 xã và 15 phường" → { xa: 77, phuong: 15 }. */
function countsOf(text: string, item: number): Partial<Record<UnitKind, number>> {
  const counts: Partial<Record<UnitKind, number>> = {};
  const parts = text.split(/,\s*|\s+và\s+/).filter(Boolean);
  for (const part of parts) {
    const match = /^(\d+) (xã|phường|đặc khu)$/.exec(part.trim());
    if (!match) throw new ResolutionError(`không đọc được số lượng “${part}”`, item);
    counts[NEW_KIND[match[2]!]!] = Number(match[1]);
  }
  return counts;
}

/** The closing item: how many units the province has and which were left as they were. */
export function parseSummary(item: number, text: string): ResolutionSummary {
  const match = SUMMARY.exec(repairJoinedWords(text));
  if (!match) throw new ResolutionError('không đúng mẫu “Sau khi sắp xếp, tỉnh … có … đơn vị hành chính cấp xã”', item);
  const [, province, total, all, formed, unchangedCount, unchangedList] = match;
  const counts = countsOf(all!, item);
  const formedCounts = countsOf(formed!, item);
  const unchanged = unchangedList
    ? formerUnits(unchangedList, item).map(({ kind, name, share }) => {
        if (share !== 'whole') throw new ResolutionError(`đơn vị giữ nguyên “${name}” không thể chỉ là một phần`, item);
        return { kind, name };
      })
    : [];
  const stated = unchangedCount ? countsOf(unchangedCount.replace(/\b0+(\d)/g, '$1'), item) : {};
  for (const kind of Object.keys(UNIT_KINDS) as UnitKind[]) {
    const listed = unchanged.filter((u) => u.kind === kind).length;
    if ((stated[kind] ?? 0) !== listed)
      throw new ResolutionError(
        `ghi ${stated[kind] ?? 0} ${UNIT_KINDS[kind]} giữ nguyên nhưng liệt kê ${listed}`,
        item,
      );
    if ((formedCounts[kind] ?? 0) + listed !== (counts[kind] ?? 0))
      throw new ResolutionError(`số ${UNIT_KINDS[kind]} không cộng lại đúng`, item);
  }
  const sum = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
  if (sum !== Number(total)) throw new ResolutionError(`tổng ${total} khác tổng các loại (${sum})`, item);
  return { item, province: province!, total: Number(total), counts, unchanged };
}

/**
 * The whole of Article 1: every arrangement item, then the summary, checked against each other (the units formed
 * and left unchanged must add up to the summary's counts, and a remainder must follow the item that took a part).
 */
export function parseResolution(markdown: string): ParsedResolution {
  const raw = articleOneItems(markdown);
  const last = raw.at(-1)!;
  const items = raw.slice(0, -1).map(({ item, text }) => parseArrangement(item, text));
  const summary = parseSummary(last.item, last.text);

  for (const kind of Object.keys(UNIT_KINDS) as UnitKind[]) {
    const formed = items.filter((i) => i.kind === kind).length;
    const unchanged = summary.unchanged.filter((u) => u.kind === kind).length;
    if (formed + unchanged !== (summary.counts[kind] ?? 0))
      throw new ResolutionError(
        `Điều 1 lập ${formed} ${UNIT_KINDS[kind]} và giữ nguyên ${unchanged}, khác con số ${summary.counts[kind] ?? 0} của khoản ${summary.item}`,
      );
  }
  const names = new Set<string>();
  for (const unit of [...items, ...summary.unchanged]) {
    const key = `${unit.kind} ${unit.name}`;
    if (names.has(key)) throw new ResolutionError(`${UNIT_KINDS[unit.kind]} ${unit.name} được lập hai lần`);
    names.add(key);
  }
  for (const item of items)
    for (const unit of item.from) {
      if (unit.share !== 'remainder') continue;
      const earlier = items.find((i) => i.item === unit.afterItem);
      const part = earlier?.from.find((u) => u.share === 'part' && u.kind === unit.kind && u.name === unit.name);
      if (!earlier || earlier.item >= item.item || !part)
        throw new ResolutionError(
          `phần còn lại của ${UNIT_KINDS[unit.kind]} ${unit.name} dẫn chiếu khoản ${unit.afterItem}, nơi không sắp xếp một phần của đơn vị này`,
          item.item,
        );
    }
  return { items, summary };
}
