/**
 * Share links that are plain links: no third-party script, no tracking pixel, nothing loaded until the
 * reader taps. Zalo and Facebook take the page address as a query parameter.
 */
export interface ShareLink {
  network: 'zalo' | 'facebook';
  href: string;
}

export function shareLinks(url: string): ShareLink[] {
  const u = encodeURIComponent(url);
  return [
    { network: 'zalo', href: `https://zalo.me/share?url=${u}` },
    { network: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
  ];
}
