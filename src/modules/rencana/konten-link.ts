import { AppError } from '../../lib/errors.ts';
import { isForeignKeyViolation } from '../org/db-errors.ts';

/**
 * For `.catch()` on a write that links content items: the foreign key is what proves the item
 * exists (the content module's tables are not read here), so its violation is the caller's input.
 */
export function unknownContent(field: string) {
  return (err: unknown): never => {
    if (isForeignKeyViolation(err)) throw new AppError('invalid', 'rencana.konten_missing', field);
    throw err;
  };
}
