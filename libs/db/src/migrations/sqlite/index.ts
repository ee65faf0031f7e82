import { Initial1795775480442 } from './1795775480442-Initial';

/** Applied in this order. */
export const SQLITE_MIGRATIONS = [
  Initial1795775480442,
];
