import { Initial1795776160367 } from './1795776160367-Initial';

/** Applied in this order. */
export const MYSQL_MIGRATIONS = [
  Initial1795776160367,
];
