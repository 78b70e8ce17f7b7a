import type { Queryable } from '../../db/types.ts';
import type { PageSpec, Trail } from './unit-pages/page-trail.ts';

/**
 * A part of a unit's PPID portal served by another module (information list, requests…), mounted
 * at `/{unit}/ppid/{segment}/…`. The site module owns the frame, the menu and the caching; the
 * module owns the content. `rest` is the path below the segment.
 */
export type PortalSection = {
  segment: string;
  label: { id: string; en: string };
  page(db: Queryable, trail: Trail, rest: string[], query: URLSearchParams): Promise<PageSpec | null>;
};
