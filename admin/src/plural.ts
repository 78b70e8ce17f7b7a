/**
 * A text whose wording depends on a number, one variant per plural category of the language
 * (Intl.PluralRules: English has "one" and "other"; Indonesian only "other", so Indonesian texts
 * stay plain strings). `by` names the parameter that holds the number. The server's catalogue
 * (src/i18n/catalogue.ts) works the same way.
 */
export type PluralText = { by: string; other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
export type Message = string | PluralText;

const rules = new Map<string, Intl.PluralRules>();
function rulesOf(lang: string): Intl.PluralRules {
  let found = rules.get(lang);
  if (!found) {
    found = new Intl.PluralRules(lang);
    rules.set(lang, found);
  }
  return found;
}

/** The variant of a message for its number ("other" when the number is missing or not a number), with `{name}` parameters filled in. */
export function formatMessage(lang: string, message: Message, params: Record<string, string | number> = {}): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const raw = params[message.by];
    const count = typeof raw === 'number' ? raw : raw === undefined || raw === '' ? Number.NaN : Number(raw);
    text = Number.isFinite(count) ? (message[rulesOf(lang).select(count)] ?? message.other) : message.other;
  }
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
