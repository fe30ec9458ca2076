import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../src/lib/security/loopback';

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
