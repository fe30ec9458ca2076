import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLoopbackHost, loopbackProxy, REFUSED_HOST_MESSAGE } from '../src/lib/security/loopback';

describe('loopback Host names', () => {
  it.each(['127.0.0.1:8081', 'localhost:8081', 'LOCALHOST', '[::1]:8081', '127.1.2.3', 'localhost.'])(
    'accepts %s',
    (host) => expect(isLoopbackHost(host)).toBe(true),
  );
  it.each([
    'attacker.example:8081',
    '127.0.0.1.attacker.example',
    'localhost.attacker.example',
    '0.0.0.0:8081',
    '192.168.1.5',
    '',
    undefined,
  ])('refuses %s', (host) => expect(isLoopbackHost(host)).toBe(false));
});

describe('the proxy in front of decap-server', () => {
  const target = createServer((req, res) => res.end(`ok ${req.method} ${req.url}`));
  let guarded: ReturnType<typeof loopbackProxy> | undefined;
  let proxyPort = 0;
  beforeAll(async () => {
    await new Promise<void>((ok) => target.listen(0, '127.0.0.1', ok));
    guarded = loopbackProxy((target.address() as AddressInfo).port);
    await new Promise<void>((ok) => guarded!.listen(0, '127.0.0.1', ok));
    proxyPort = (guarded.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((ok) => (guarded ? guarded.close(() => ok()) : ok()));
    await new Promise<void>((ok) => target.close(() => ok()));
  });

  const send = (host: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: proxyPort, method: 'POST', path: '/api/v1', headers: { host } },
        (res) => {
          let body = '';
          res.on('data', (d) => (body += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.end('{"action":"info"}');
    });

  it('passes a loopback request on', async () => {
    expect(await send(`127.0.0.1:${proxyPort}`)).toEqual({ status: 200, body: 'ok POST /api/v1' });
  });

  it('refuses a rebinding request (another Host) with 403, in Vietnamese', async () => {
    expect(await send(`attacker.example:${proxyPort}`)).toEqual({ status: 403, body: REFUSED_HOST_MESSAGE });
  });
});
