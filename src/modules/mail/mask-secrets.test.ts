import { describe, expect, it } from 'vitest';
import { MASKED, maskSecrets } from './queue-mail.ts';

describe('maskSecrets', () => {
  it('masks every occurrence of each secret, and says null when there is nothing to mask', () => {
    expect(maskSecrets('Kode: AB12-CD34. Sekali lagi: AB12-CD34', ['AB12-CD34'])).toBe(`Kode: ${MASKED}. Sekali lagi: ${MASKED}`);
    expect(maskSecrets('Tanpa kode', ['AB12-CD34'])).toBeNull();
    expect(maskSecrets('Tanpa kode', [])).toBeNull();
    expect(maskSecrets('Tanpa kode', [''])).toBeNull();
    expect(maskSecrets('x', undefined)).toBeNull();
  });
});
