import { raw } from 'hono/html';
import type { Lang } from '../../i18n/catalogue.ts';
import type { Notice } from './notice.ts';

// Print styles only: this page is never served to a browser, it is handed to Chromium for the PDF.
const css = `
@page { size: A4; margin: 20mm 25mm 25mm; }
body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 11pt; line-height: 1.4; color: #000; }
header.letterhead { text-align: center; border-bottom: 3px double #000; padding-bottom: 6pt; margin-bottom: 14pt; }
header.letterhead p { margin: 0; }
header.letterhead .tenant { font-size: 12pt; font-weight: bold; letter-spacing: 0.04em; }
header.letterhead .unit { font-size: 14pt; font-weight: bold; }
header.letterhead .office { font-weight: bold; }
header.letterhead .contact { font-size: 9.5pt; margin-top: 2pt; }
h1 { text-align: center; font-size: 14pt; margin: 0 0 2pt; }
.subtitle { text-align: center; margin: 0; }
table.requester { border-collapse: collapse; margin: 8pt 0; width: 100%; }
table.requester th { text-align: left; font-weight: normal; width: 32%; vertical-align: top; padding: 1pt 0; }
table.requester td { vertical-align: top; padding: 1pt 0; }
tr { break-inside: avoid; }
h2 { font-size: 11pt; margin: 10pt 0 2pt; break-after: avoid; }
.element p, .element ol { margin: 0 0 2pt 18pt; }
.element { break-inside: avoid; }
/* The last section and the signature go to the next page together: a signature alone on a page proves nothing. */
.closing { break-inside: avoid; }
.signature { margin: 24pt 0 0 55%; }
.signature p { margin: 0; }
.signature .space { height: 60pt; }
.signature .name { font-weight: bold; text-decoration: underline; }
`;

/** One lettered part of the notice (Pasal 22(7) a–g) or the right to object: a heading and its lines. */
function Element({ label, lines, items }: { label: string; lines: string[]; items?: string[] | undefined }) {
  return (
    <section class="element">
      <h2>{label}</h2>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {items ? (
        <ol>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

// hono/jsx renders to a string once, so keys never reconcile anything; they are there for the linter,
// and a repeated line (the same key twice) is harmless.
function NoticeBody({ notice }: { notice: Notice }) {
  const [tenant, unit, office, ...contact] = notice.letterhead;
  const sections = notice.elements.map((el) => <Element key={el.label} label={el.label} lines={el.lines} items={el.items} />);
  if (notice.attachments)
    sections.push(<Element key={notice.attachments.title} label={notice.attachments.title} lines={[]} items={notice.attachments.items} />);
  if (notice.objection) sections.push(<Element key={notice.objection.title} label={notice.objection.title} lines={[notice.objection.text]} />);
  const last = sections.pop();
  return (
    <body>
      {/* The sites keep no logo yet, so the letterhead is text: tenant, unit, office, then address and contacts. */}
      <header class="letterhead">
        <p class="tenant">{tenant}</p>
        <p class="unit">{unit}</p>
        {office ? <p class="office">{office}</p> : null}
        {contact.map((line) => (
          <p key={line} class="contact">
            {line}
          </p>
        ))}
      </header>
      <h1>{notice.title}</h1>
      {notice.subtitle.map((line) => (
        <p key={line} class="subtitle">
          {line}
        </p>
      ))}
      <p>{notice.intro}</p>
      <table class="requester">
        {notice.requester.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>: {value}</td>
          </tr>
        ))}
      </table>
      <p>{notice.asFollows}</p>
      {sections}
      <div class="closing">
        {last}
        <div class="signature">
          <p>{notice.signature.placeDate}</p>
          <p>{notice.signature.role}</p>
          <div class="space" />
          <p class="name">{notice.signature.name}</p>
          {notice.signature.nip ? <p>{notice.signature.nip}</p> : null}
        </div>
      </div>
    </body>
  );
}

/** The notice as a standalone HTML document, the source of its PDF. Every value is escaped by JSX. */
export async function renderNoticeHtml(notice: Notice, lang: Lang): Promise<string> {
  const page = (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <title>{`${notice.title} ${notice.subtitle[0] ?? ''}`}</title>
        <style>{raw(css)}</style>
      </head>
      <NoticeBody notice={notice} />
    </html>
  );
  return `<!doctype html>${await page.toString()}`;
}
