/**
 * The local CMS server (`npm run cms`) writes to the repository. Listening on 127.0.0.1 is not enough: a web page on
 * another site can point its own domain at 127.0.0.1 (DNS rebinding) and then talk to the server as a same-origin
 * page. A request whose Host is not a loopback name is therefore refused on every port `npm run cms` opens
 * (scripts/cms/server.ts, src/integrations/cms-dev-guard.ts).
 */

/** True when a Host header names this machine: localhost, 127.x.x.x or [::1], with or without a port. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = /^\[([^\]]+)\](?::\d+)?$/.exec(host)?.[1] ?? host.replace(/:\d+$/, '');
  const lower = name.toLowerCase().replace(/\.$/, '');
  return lower === 'localhost' || lower === '::1' || /^127(?:\.\d{1,3}){3}$/.test(lower);
}

export const REFUSED_HOST_MESSAGE =
  'Từ chối: máy chủ nội dung cục bộ chỉ nhận yêu cầu gửi tới 127.0.0.1 hoặc localhost.';
