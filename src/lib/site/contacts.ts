/**
 * Which of the operator's contacts a reader may be offered. A number, address, e-mail or social page is shown
 * only with the source that published it; the national short numbers (113, 114, 115, 111) are known to all.
 */
import { NATIONAL_SHORT_NUMBERS } from '../../schemas/vocabulary';

export interface SourceRef {
  title: string;
  publisher?: string | undefined;
  date?: Date | undefined;
  url?: string | undefined;
  note?: string | undefined;
}

export interface Contact {
  label: string;
  number: string;
  hotline?: boolean | undefined;
  note?: string | undefined;
  source?: SourceRef | undefined;
}

export interface ContactSettings {
  emergencyNumber: string;
  contacts: readonly Contact[];
  address?: { text: string; source?: SourceRef | undefined } | undefined;
  email?: { address: string; source?: SourceRef | undefined } | undefined;
  social: readonly { label: string; url: string; source?: SourceRef | undefined }[];
}

const digits = (number: string) => number.replace(/\D/g, '');

export const isNationalShortNumber = (number: string) =>
  (NATIONAL_SHORT_NUMBERS as readonly string[]).includes(digits(number));

export const isShownContact = (c: Pick<Contact, 'number' | 'source'>) =>
  isNationalShortNumber(c.number) || c.source !== undefined;

/** Contacts a reader may call, in the operator's order. */
export const shownContacts = (s: ContactSettings): Contact[] => s.contacts.filter(isShownContact);

/** Sourced provincial or national hotlines offered beside the emergency number. */
export const hotlines = (s: ContactSettings): Contact[] =>
  shownContacts(s).filter((c) => c.hotline && !isNationalShortNumber(c.number));

export const shownAddress = (s: ContactSettings) => (s.address?.source ? s.address : undefined);
export const shownEmail = (s: ContactSettings) => (s.email?.source ? s.email : undefined);
export const shownSocial = (s: ContactSettings) => s.social.filter((p) => p.source !== undefined);

/** Every number that may appear in content: the emergency number and the contacts that are shown. */
export const publicNumbers = (s: ContactSettings): string[] => [
  s.emergencyNumber,
  ...shownContacts(s).map((c) => c.number),
];

export interface SettingsProblem {
  field: string;
  message: string;
}

/** Contacts filled in without a source: hidden from readers, refused by a launch build. */
export function unsourcedContacts(s: ContactSettings): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  s.contacts.forEach((c, i) => {
    if (!isShownContact(c))
      problems.push({
        field: `contacts[${i}].source`,
        message: `số "${c.number}" (${c.label}) chưa ghi nguồn công bố nên không được hiển thị`,
      });
  });
  if (s.address && !s.address.source)
    problems.push({ field: 'address.source', message: 'địa chỉ chưa ghi nguồn công bố nên không được hiển thị' });
  if (s.email && !s.email.source)
    problems.push({ field: 'email.source', message: 'thư điện tử chưa ghi nguồn công bố nên không được hiển thị' });
  s.social.forEach((p, i) => {
    if (!p.source)
      problems.push({
        field: `social[${i}].source`,
        message: `trang "${p.label}" chưa ghi nguồn công bố nên không được hiển thị`,
      });
  });
  return problems;
}
