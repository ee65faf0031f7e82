import { Initial1795776297573 } from './1795776297573-Initial';

/** Applied in this order. */
export const SQLITE_MIGRATIONS = [
  Initial1795776297573,
];
