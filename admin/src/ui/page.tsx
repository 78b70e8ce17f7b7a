import { type ReactNode, useEffect, useRef } from 'react';

type Props = { title: string; children: ReactNode; actions?: ReactNode };

/**
 * A screen with its heading. The heading takes focus when the screen opens, so screen-reader
 * users hear where they are after each navigation, and the document title follows it.
 */
export function Page({ title, children, actions }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} — Warta`;
    heading.current?.focus();
  }, [title]);
  return (
    <>
      <div className="page-head">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions}
      </div>
      {children}
    </>
  );
}
