import { describe, expect, it } from 'vitest';
import { en, id } from './messages.ts';
import { formatMessage, type Message } from './plural.ts';

describe('the admin catalogue’s plural forms', () => {
  it('picks one or other by the number in English; Indonesian has one form', () => {
    expect(formatMessage('en', en['import.previewTitle'], { n: 1 })).toBe('Preview (1 row)');
    expect(formatMessage('en', en['import.previewTitle'], { n: 2 })).toBe('Preview (2 rows)');
    expect(formatMessage('en', en['import.previewTitle'], { n: 0 })).toBe('Preview (0 rows)');
    expect(formatMessage('en', en['pmh.urgency'], { n: 1, overdue: 0, dueSoon: 1 })).toBe('1 request: 0 not answered in time (overdue), 1 due soon.');
    expect(formatMessage('en', en['lap.rowsCountDisputes'], { n: 1 })).toBe('1 dispute is counted in this number.');
    // A number already formatted as text still counts; a decimal is "other" in English.
    expect(formatMessage('en', en['lap.average'], { days: '1' })).toBe('Average service time: 1 working day.');
    expect(formatMessage('en', en['lap.average'], { days: '1.5' })).toBe('Average service time: 1.5 working days.');
    expect(formatMessage('id', id['import.previewTitle'], { n: 1 })).toBe('Pratinjau (1 baris)');
  });

  it('reads "other" when the number is missing, and fills plain texts as before', () => {
    expect(formatMessage('en', en['import.previewTitle'])).toBe('Preview ({n} rows)');
    expect(formatMessage('en', 'Hello {name}', { name: 'Ani' })).toBe('Hello Ani');
  });

  it('has every plural text name its number in each of its forms', () => {
    for (const catalogue of [id, en] as Array<Record<string, Message>>) {
      for (const [key, message] of Object.entries(catalogue)) {
        if (typeof message === 'string') continue;
        for (const form of ['zero', 'one', 'two', 'few', 'many', 'other'] as const) {
          const text = message[form];
          if (text !== undefined) expect(text, `${key}.${form}`).toContain(`{${message.by}}`);
        }
      }
    }
  });
});
