import type { Child } from 'hono/jsx';

/**
 * A data table that may be wider than a phone: it scrolls sideways inside a region named by the
 * table's caption, and the region takes keyboard focus so it can be scrolled without a mouse.
 */
export function TableRegion({ captionId, children }: { captionId: string; children: Child }) {
  return (
    <section class="table-wrap" aria-labelledby={captionId} tabindex={0}>
      {children}
    </section>
  );
}
