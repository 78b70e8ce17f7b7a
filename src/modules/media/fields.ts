import { z } from 'zod';

const line = (max: number) => z.string().trim().max(max);

/** What staff may change about a media item: the words around it, never the file. */
export const mediaChangeBody = z
  .object({
    altText: line(500),
    caption: line(2000),
    credit: line(200),
    privacy: z.boolean(),
    tags: z
      .array(
        z
          .string()
          .trim()
          .toLowerCase()
          .min(1)
          .max(40)
          .regex(/^[\p{L}\p{N} _-]+$/u, 'msg:media.tag_invalid'),
      )
      .max(30),
  })
  .partial();

export type MediaChange = z.output<typeof mediaChangeBody>;

/** The library's filters. */
export const mediaListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  kind: z.enum(['foto', 'video', 'dokumen']).optional(),
  unitId: z.uuid().optional(),
  tag: z.string().trim().toLowerCase().max(40).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export type MediaListQuery = z.output<typeof mediaListQuery>;
