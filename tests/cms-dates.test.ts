import { describe, expect, it } from 'vitest';
import { fromViDate, toViDate } from '../cms/dates';

describe('CMS dates in DD/MM/YYYY', () => {
  it('shows a stored date day first', () => {
    expect(toViDate('2022-03-21')).toBe('21/03/2022');
    expect(toViDate(undefined)).toBe('');
  });

  it.each([
    ['21/03/2022', '2022-03-21'],
    ['1/3/2022', '2022-03-01'],
    ['21-03-2022', '2022-03-21'],
    ['21.03.2022', '2022-03-21'],
    ['2022-03-21', '2022-03-21'],
    [' 29/02/2024 ', '2024-02-29'],
  ])('reads %j as %s', (typed, stored) => expect(fromViDate(typed)).toBe(stored));

  it.each(['31/02/2022', '29/02/2023', '12/13/2022', '03/21/2022', '21/03', 'hôm nay', ''])('refuses %j', (typed) =>
    expect(fromViDate(typed)).toBeUndefined(),
  );
});
