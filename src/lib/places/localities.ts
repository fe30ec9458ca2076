/**
 * A province's localities as the portal stores them (src/content/localities/<id>.json), worked out from a parsed
 * resolution, the statistics office's codes and a few facts about the province itself: every unit the resolution
 * forms or keeps, with its code, the item that formed it, the day it took effect and the units it came from; every
 * unit it ends, with its last day and where it went. Pure: the importer (src/build/places-import.ts) reads and
 * writes the files.
 */
import { slugify } from '../text/vietnamese';
import { unitKey, type CodedUnit } from './code-list';
import { UNIT_KINDS, type ArrangementItem, type ParsedResolution, type Share, type UnitKind } from './resolution';

export interface SourceRecord {
  title: string;
  publisher?: string;
  date?: string;
  url?: string;
  note?: string;
}

/** What is not in the resolution's article: its ids, dates and addresses, and the province it arranges. */
export interface ImportConfig {
  resolution: {
    /** Id of the resolution's entry in the laws collection. */
    law: string;
    /** "Nghị quyết số 1683/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội …", as cited in sources. */
    citation: string;
    publisher: string;
    /** Day it was adopted, YYYY-MM-DD. */
    date: string;
    url?: string;
    /** First day of the new units' local government (Điều 2), YYYY-MM-DD; the old units' last day is the day before. */
    operatesFrom: string;
  };
  codes: SourceRecord;
  province: {
    id: string;
    title: string;
    code?: string;
    law: string;
    validFrom: string;
    sources: SourceRecord[];
    note?: string;
    /** Former provinces merged into it, each a page of its own. */
    formedFrom: { id: string; title: string; note?: string }[];
  };
  /** Parents of former units known from other sources (the seed article names xã Cao Sơn's district), by id. */
  formerParents?: Record<string, string>;
}

export interface LocalityData {
  title: string;
  kind: string;
  parent?: string;
  code?: string;
  resolution?: string;
  resolutionItem?: string;
  validFrom?: string;
  formedFrom?: { locality: string; share: Share }[];
  validUntil?: string;
  successors?: string[];
  note?: string;
  sources: SourceRecord[];
}

export interface LocalityRecord {
  id: string;
  data: LocalityData;
}

/** The day before an ISO date. */
export function dayBefore(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

const KIND_ID: Record<UnitKind, string> = { xa: 'xa', phuong: 'phuong', 'thi-tran': 'thi-tran', 'dac-khu': 'dac-khu' };
const unitId = (kind: UnitKind, name: string) => `${KIND_ID[kind]}-${slugify(name)}`;
const items = (numbers: number[]) =>
  numbers.length === 1
    ? `khoản ${numbers[0]} Điều 1`
    : `khoản ${numbers.slice(0, -1).join(', ')} và ${numbers.at(-1)} Điều 1`;
const formatDay = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
};

interface Former {
  id: string;
  kind: UnitKind;
  title: string;
  items: number[];
  successors: string[];
  share: Share[];
}

/**
 * Every locality of the province: the province and the provinces merged into it, each commune-level unit the
 * resolution forms or keeps (with its code; a unit without one is an error), and each unit it ends.
 */
export function buildLocalities(
  resolution: ParsedResolution,
  codes: readonly CodedUnit[],
  config: ImportConfig,
): LocalityRecord[] {
  const { province } = config;
  const law = config.resolution;
  const lastDay = dayBefore(law.operatesFrom);
  const codeOf = new Map(codes.map((c) => [unitKey(c.kind, c.name), c.code]));
  const resolutionSource = (numbers: number[]): SourceRecord => ({
    title: `${law.citation}, ${items(numbers)} và Điều 2`,
    publisher: law.publisher,
    date: law.date,
    ...(law.url ? { url: law.url } : {}),
  });

  const current = new Map<string, LocalityRecord>();
  const addCurrent = (record: LocalityRecord) => {
    if (current.has(record.id)) throw new Error(`Hai đơn vị mới cùng mã định danh ${record.id}`);
    current.set(record.id, record);
  };
  const codeFor = (kind: UnitKind, name: string, item: number) => {
    const code = codeOf.get(unitKey(kind, name));
    if (!code)
      throw new Error(
        `Khoản ${item}: ${UNIT_KINDS[kind]} ${name} không có trong danh mục mã số (${config.codes.title})`,
      );
    return code;
  };

  // Former units, once each: a unit split between two items (a part, then the remainder) is one unit.
  const formers = new Map<string, Former>();
  const formerKey = (kind: UnitKind, name: string, qualifier?: string) => `${kind}:${name}:${qualifier ?? ''}`;
  const formedFrom = new Map<string, { key: string; share: Share }[]>();
  // Ids of current units: kind and name, and the official code after both when two names fold alike (xã Văn Lăng
  // and xã Văn Lang are both "van-lang" without their marks).
  const currentUnits = [
    ...resolution.items.map((i) => ({ kind: i.kind, name: i.name, item: i.item })),
    ...resolution.summary.unchanged.map((u) => ({ ...u, item: resolution.summary.item })),
  ];
  const baseCount = new Map<string, number>();
  for (const u of currentUnits) baseCount.set(unitId(u.kind, u.name), (baseCount.get(unitId(u.kind, u.name)) ?? 0) + 1);
  const idOf = (kind: UnitKind, name: string, item: number) => {
    const base = unitId(kind, name);
    return (baseCount.get(base) ?? 0) > 1 ? `${base}-${codeFor(kind, name, item)}` : base;
  };

  for (const item of resolution.items) {
    const newId = idOf(item.kind, item.name, item.item);
    const sources: { key: string; share: Share }[] = [];
    for (const unit of item.from) {
      const key = formerKey(unit.kind, unit.name, unit.qualifier);
      const former = formers.get(key) ?? {
        id: '',
        kind: unit.kind,
        title: unit.qualifier ? `${unit.name} (${unit.qualifier})` : unit.name,
        items: [],
        successors: [],
        share: [],
      };
      former.items.push(item.item);
      former.successors.push(newId);
      former.share.push(unit.share);
      formers.set(key, former);
      sources.push({ key, share: unit.share });
    }
    formedFrom.set(newId, sources);
  }

  for (const item of resolution.items) addCurrent(newUnit(item));
  for (const unit of resolution.summary.unchanged) {
    const id = idOf(unit.kind, unit.name, resolution.summary.item);
    addCurrent({
      id,
      data: {
        title: unit.name,
        kind: unit.kind,
        parent: province.id,
        code: codeFor(unit.kind, unit.name, resolution.summary.item),
        resolution: law.law,
        resolutionItem: `khoản ${resolution.summary.item} Điều 1`,
        note: `${capitalise(UNIT_KINDS[unit.kind])} không thực hiện sắp xếp; từ ngày ${formatDay(law.operatesFrom)} thuộc tỉnh ${province.title}.`,
        sources: [resolutionSource([resolution.summary.item]), config.codes],
      },
    });
  }

  // Ids of former units: the kind and name, then what the resolution adds to tell two apart, then "-cu" when a
  // current unit already has that id (the new xã Tân Cương and the xã Tân Cương it absorbed).
  // Two former units whose names fold alike both get "-cu" and the item that ended them.
  const taken = new Set([...current.keys(), province.id, ...province.formedFrom.map((p) => p.id)]);
  const formerBases = new Map<string, number>();
  for (const former of formers.values()) {
    const base = unitId(former.kind, former.title);
    formerBases.set(base, (formerBases.get(base) ?? 0) + 1);
  }
  for (const former of formers.values()) {
    const base = unitId(former.kind, former.title);
    let id = base;
    if ((formerBases.get(base) ?? 0) > 1) id = `${base}-cu-khoan-${former.items[0]}`;
    else if (taken.has(id)) id = `${id}-cu`;
    if (taken.has(id))
      throw new Error(`Không đặt được mã định danh riêng cho ${UNIT_KINDS[former.kind]} ${former.title}`);
    taken.add(id);
    former.id = id;
  }

  const records: LocalityRecord[] = [];
  records.push({
    id: province.id,
    data: {
      title: province.title,
      kind: 'tinh',
      ...(province.code ? { code: province.code } : {}),
      resolution: province.law,
      validFrom: province.validFrom,
      formedFrom: province.formedFrom.map((p) => ({ locality: p.id, share: 'whole' as const })),
      ...(province.note ? { note: province.note } : {}),
      sources: province.sources,
    },
  });
  for (const merged of province.formedFrom)
    records.push({
      id: merged.id,
      data: {
        title: merged.title,
        kind: 'tinh',
        resolution: province.law,
        validUntil: dayBefore(province.validFrom),
        successors: [province.id],
        ...(merged.note ? { note: merged.note } : {}),
        sources: province.sources,
      },
    });
  records.push(
    ...[...current.values()].map((record) => {
      const from = formedFrom.get(record.id);
      if (!from) return record;
      return {
        ...record,
        data: {
          ...record.data,
          formedFrom: from.map(({ key, share }) => ({ locality: formers.get(key)!.id, share })),
        },
      };
    }),
  );
  for (const former of formers.values()) {
    const parent = config.formerParents?.[former.id];
    const split = former.share.some((s) => s !== 'whole');
    records.push({
      id: former.id,
      data: {
        title: former.title,
        kind: former.kind,
        ...(parent ? { parent } : {}),
        resolution: law.law,
        resolutionItem: items(former.items),
        validUntil: lastDay,
        successors: [...new Set(former.successors)],
        ...(split
          ? {
              note: `Địa bàn được chia: một phần theo ${items(former.items.slice(0, 1))}, phần còn lại theo ${items(former.items.slice(1))}.`,
            }
          : {}),
        sources: [resolutionSource(former.items)],
      },
    });
  }
  return records.map(({ id, data }) => ({ id, data: ordered(data) }));

  function newUnit(item: ArrangementItem): LocalityRecord {
    return {
      id: idOf(item.kind, item.name, item.item),
      data: {
        title: item.name,
        kind: item.kind,
        parent: province.id,
        code: codeFor(item.kind, item.name, item.item),
        resolution: law.law,
        resolutionItem: `khoản ${item.item} Điều 1`,
        validFrom: law.operatesFrom,
        sources: [resolutionSource([item.item]), config.codes],
      },
    };
  }
}

const KEY_ORDER: (keyof LocalityData)[] = [
  'title',
  'kind',
  'parent',
  'code',
  'resolution',
  'resolutionItem',
  'validFrom',
  'formedFrom',
  'validUntil',
  'successors',
  'note',
  'sources',
];

/** The fields in the order editors read them in the file: who, where, formed how, ended how, sources. */
function ordered(data: LocalityData): LocalityData {
  return Object.fromEntries(
    KEY_ORDER.filter((key) => data[key] !== undefined).map((key) => [key, data[key]]),
  ) as unknown as LocalityData;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
