import { MARK_END, MARK_START } from './terms.ts';

/**
 * An excerpt with its matched words in `<mark>`. The excerpt is plain text from the database with
 * control-character marks; every piece is rendered as text (escaped by JSX), so whatever the
 * content contains — `<script>`, `&`, quotes — it can only ever be shown, never run.
 */
export function Highlighted({ text }: { text: string }) {
  const [first = '', ...rest] = text.split(MARK_START);
  return (
    <>
      {first.replaceAll(MARK_END, '')}
      {rest.map((part) => {
        const [marked = '', ...after] = part.split(MARK_END);
        return (
          <>
            <mark>{marked}</mark>
            {after.join('')}
          </>
        );
      })}
    </>
  );
}
