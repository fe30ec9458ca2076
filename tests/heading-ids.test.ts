import { describe, expect, it } from 'vitest';
import { createHeadingSlugger } from '../src/lib/mdx/heading-ids';

describe('heading ids', () => {
  it('uses ASCII slugs and de-duplicates within a document', () => {
    const slug = createHeadingSlugger();
    expect(slug('Vì sao cần hòa giải?')).toBe('vi-sao-can-hoa-giai');
    expect(slug('Vì sao cần hoà giải'.normalize('NFD'))).toBe('vi-sao-can-hoa-giai-1');
    expect(slug('???')).toBe('muc');
    expect(createHeadingSlugger()('Vì sao cần hòa giải?')).toBe('vi-sao-can-hoa-giai');
  });
});
