/**
 * Where a legal document's official text may be linked from: the national legal database (vbpl.vn), the Official
 * Gazette (congbao.chinhphu.vn), the Government's portal (chinhphu.vn and its sections) and the National Assembly's
 * (quochoi.vn). Commercial databases (thuvienphapluat.vn…) are not official and often private.
 */
const OFFICIAL_HOSTS = ['vbpl.vn', 'chinhphu.vn', 'quochoi.vn'];

export function isOfficialTextUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.toLowerCase();
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    OFFICIAL_HOSTS.some((official) => host === official || host.endsWith(`.${official}`))
  );
}

/** Why the address is not an official text's, in Vietnamese; undefined when it is. */
export function officialTextProblem(url: string): string | undefined {
  if (isOfficialTextUrl(url)) return undefined;
  return `Đường dẫn văn bản chính thức: phải là địa chỉ https:// trên ${OFFICIAL_HOSTS.join(', ')} (hoặc tên miền con), không phải "${url}"`;
}
