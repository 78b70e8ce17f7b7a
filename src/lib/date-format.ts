// Building an Intl.DateTimeFormat costs far more than formatting with one (tens of microseconds
// against one or two), and public lists format a date per row: each locale + options pair keeps one.
const formats = new Map<string, Intl.DateTimeFormat>();

/** A shared Intl.DateTimeFormat for this locale and these options, built on first use. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}
