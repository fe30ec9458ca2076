import { describe, expect, it } from 'vitest';
import { suggestedPlaces, suggestionWords } from '../src/lib/search/suggestions';

const places = (...titles: string[]) => titles.map((title) => ({ item: title, title }));

describe('suggestionWords', () => {
  it('folds, drops one-letter words and the words that say a unit’s level', () => {
    expect(suggestionWords('Xã Pác Nặm')).toEqual(['pac', 'nam']);
    expect(suggestionWords('phường Đức Xuân')).toEqual(['duc', 'xuan']);
    expect(suggestionWords('thôn a khau khau')).toEqual(['khau']);
    expect(suggestionWords('xã')).toEqual([]);
  });
});

describe('suggestedPlaces', () => {
  const candidates = places(
    'Xã Nam Cường (cũ)',
    'Xã Nam Cường',
    'Xã Bằng Thành',
    'Phường Đức Xuân',
    'Xã Na Rì',
    'Xã Cao Sơn (cũ)',
  );

  it('offers places whose name has a word starting with a word typed, most words first', () => {
    expect(suggestedPlaces(candidates, 'pac nam')).toEqual(['Xã Nam Cường', 'Xã Nam Cường (cũ)']);
    expect(suggestedPlaces(candidates, 'nam cuong')).toEqual(['Xã Nam Cường', 'Xã Nam Cường (cũ)']);
    expect(suggestedPlaces(candidates, 'duc')).toEqual(['Phường Đức Xuân']);
  });

  it('never matches the level words, and offers nothing when no name fits', () => {
    expect(suggestedPlaces(candidates, 'xã phường')).toEqual([]);
    expect(suggestedPlaces(candidates, 'vinh thong')).toEqual([]);
    expect(suggestedPlaces(candidates, 'cuong')).toEqual(['Xã Nam Cường', 'Xã Nam Cường (cũ)']);
  });

  it('keeps to the maximum, in the search’s own order among equals', () => {
    const many = places('Xã Na A', 'Xã Na B', 'Xã Na C', 'Xã Na D');
    expect(suggestedPlaces(many, 'na', 2)).toEqual(['Xã Na A', 'Xã Na B']);
  });
});
