/**
 * Where a <Figure src> points: the CMS writes paths relative to the entry (../../assets/images/articles/x.jpg);
 * a root path (/src/assets/images/…) is accepted too. Anything outside src/assets/images/ is refused.
 */
export function imageAssetKey(src: string): string | undefined {
  const match = /^(?:(?:\.\.\/)+|\/src\/)assets\/images\/((?:[\w.-]+\/)*[\w.-]+\.(?:jpe?g|png|webp|avif|gif))$/i.exec(
    src.trim(),
  );
  if (!match || match[1]!.split('/').some((part) => part === '..' || part === '.')) return undefined;
  return `/src/assets/images/${match[1]}`;
}
