/**
 * The local CMS backend (decap-server, `npm run cms`) writes to the repository and answers any request whatever
 * its Host header. Listening on 127.0.0.1 is not enough: a web page on another site can point its own domain
 * at 127.0.0.1 (DNS rebinding) and then talk to the server as a same-origin page. A request whose Host is not a
 * loopback name is therefore refused before it reaches decap-server.
 */
import { createServer, request, type Server } from 'node:http';

/** True when a Host header names this machine: localhost, 127.x.x.x or [::1], with or without a port. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = /^\[([^\]]+)\](?::\d+)?$/.exec(host)?.[1] ?? host.replace(/:\d+$/, '');
  const lower = name.toLowerCase().replace(/\.$/, '');
  return lower === 'localhost' || lower === '::1' || /^127(?:\.\d{1,3}){3}$/.test(lower);
}

export const REFUSED_HOST_MESSAGE =
  'Từ chối: máy chủ nội dung cục bộ chỉ nhận yêu cầu gửi tới 127.0.0.1 hoặc localhost.';

/** A loopback-only front for a server on `targetPort`: refuses other Host headers with 403, passes the rest on. */
export function loopbackProxy(targetPort: number): Server {
  return createServer((incoming, outgoing) => {
    if (!isLoopbackHost(incoming.headers.host)) {
      outgoing.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end(REFUSED_HOST_MESSAGE);
      return;
    }
    const forward = request(
      { host: '127.0.0.1', port: targetPort, method: incoming.method, path: incoming.url, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forward.on('error', () => (outgoing.headersSent ? outgoing.destroy() : outgoing.writeHead(502).end()));
    incoming.pipe(forward);
  });
}
