import { raw } from 'hono/html';
import type { Lang } from '../../i18n/catalogue.ts';
import type { Notice } from './notice.ts';

// Print styles only: this page is never served to a browser, it is handed to Chromium for the PDF.
const css = `
@page { size: A4; margin: 25mm; }
body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 11pt; line-height: 1.4; color: #000; }
header { text-align: center; border-bottom: 3px double #000; padding-bottom: 6pt; margin-bottom: 14pt; }
header p { margin: 0; }
header .tenant, header .unit { font-weight: bold; }
h1 { text-align: center; font-size: 14pt; margin: 0 0 2pt; }
.subtitle { text-align: center; margin: 0; }
table.requester { border-collapse: collapse; margin: 8pt 0; width: 100%; }
table.requester th { text-align: left; font-weight: normal; width: 32%; vertical-align: top; padding: 1pt 0; }
table.requester td { vertical-align: top; padding: 1pt 0; }
h2 { font-size: 11pt; margin: 10pt 0 2pt; }
.element p, .element ol { margin: 0 0 2pt 18pt; }
.signature { margin: 24pt 0 0 55%; }
.signature p { margin: 0; }
.signature .space { height: 60pt; }
.signature .name { font-weight: bold; text-decoration: underline; }
`;

// hono/jsx renders to a string once, so keys never reconcile anything; they are there for the linter,
// and a repeated line (the same key twice) is harmless.
function NoticeBody({ notice }: { notice: Notice }) {
  const [tenant, unit, ...rest] = notice.letterhead;
  return (
    <body>
      <header>
        <p class="tenant">{tenant}</p>
        <p class="unit">{unit}</p>
        {rest.map((line) => (
          <p key={line}>{line}</p>
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
      {notice.elements.map((el) => (
        <section key={el.label} class="element">
          <h2>{el.label}</h2>
          {el.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
          {el.items ? (
            <ol>
              {el.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ol>
          ) : null}
        </section>
      ))}
      {notice.attachments ? (
        <section class="element">
          <h2>{notice.attachments.title}</h2>
          <ol>
            {notice.attachments.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ol>
        </section>
      ) : null}
      {notice.objection ? (
        <section class="element">
          <h2>{notice.objection.title}</h2>
          <p>{notice.objection.text}</p>
        </section>
      ) : null}
      <div class="signature">
        <p>{notice.signature.placeDate}</p>
        <p>{notice.signature.role}</p>
        <div class="space" />
        <p class="name">{notice.signature.name}</p>
        {notice.signature.nip ? <p>{notice.signature.nip}</p> : null}
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
