import { describe, expect, it } from 'vitest';
import { visibleAlert, type SiteAlert } from '../src/lib/site/alert';

const alert = (over: Partial<SiteAlert> = {}): SiteAlert => ({
  active: true,
  severity: 'warning',
  message: 'Cảnh giác cuộc gọi mạo danh Công an',
  ...over,
});

describe('visibleAlert', () => {
  const now = new Date('2026-11-26T12:00:00Z');
  it('shows an active alert without expiry', () => expect(visibleAlert(alert(), now)).toEqual(alert()));
  it('hides an alert that is switched off', () => expect(visibleAlert(alert({ active: false }), now)).toBeUndefined());
  it('hides a missing alert and an empty message', () => {
    expect(visibleAlert(undefined, now)).toBeUndefined();
    expect(visibleAlert(alert({ message: '   ' }), now)).toBeUndefined();
  });
  it('shows through the whole expiry day, in Vietnam time', () => {
    const expires = new Date('2026-11-26'); // stored as UTC midnight, like content dates
    expect(visibleAlert(alert({ expires }), new Date('2026-11-26T16:59:00Z'))).toBeDefined(); // 23:59 in Hà Nội
    expect(visibleAlert(alert({ expires }), new Date('2026-11-26T17:00:00Z'))).toBeUndefined(); // 00:00 next day
  });
  it('hides an expired alert and keeps a future one', () => {
    expect(visibleAlert(alert({ expires: new Date('2026-11-25') }), now)).toBeUndefined();
    expect(visibleAlert(alert({ expires: new Date('2026-12-31') }), now)).toBeDefined();
  });
});
