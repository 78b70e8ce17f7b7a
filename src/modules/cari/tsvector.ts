import { customType } from 'drizzle-orm/pg-core';

/** A PostgreSQL `tsvector` column; only the database writes and reads it (search), never the code. */
export const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});
