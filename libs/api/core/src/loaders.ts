import DataLoader from 'dataloader';
import type { EntityClass, TenantDb, TenantRow, User } from '@pinzhi/db';

/**
 * Per-request DataLoaders keyed within the caller's tenant (the TenantDb filters every
 * batch), so a page of N rows resolves each relation with one query, not N.
 */
export class Loaders {
  readonly #byEntity = new Map<EntityClass<unknown>, DataLoader<string, unknown>>();
  readonly #custom = new Map<string, DataLoader<unknown, unknown>>();
  #users: DataLoader<string, User | null> | null = null;

  constructor(private readonly db: () => TenantDb) {}

  /** Rows of one tenant-owned entity by id (null when missing or foreign). */
  entity<T extends TenantRow>(entity: EntityClass<T>): DataLoader<string, T | null> {
    let loader = this.#byEntity.get(entity as EntityClass<unknown>) as DataLoader<string, T | null> | undefined;
    if (!loader) {
      loader = new DataLoader<string, T | null>(async (ids) => {
        const rows = await this.db().repo(entity).findByIds(ids);
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.#byEntity.set(entity as EntityClass<unknown>, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  /**
   * A feature's own batch loader, created once per request under `name`. `batch` gets the
   * tenant-scoped database and must return one value per key, in key order.
   */
  custom<K, V>(name: string, batch: (db: TenantDb, keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.#custom.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>((keys) => batch(this.db(), keys));
      this.#custom.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }

  /** Users who are members of the caller's tenant (others resolve to null). */
  get users(): DataLoader<string, User | null> {
    if (!this.#users) {
      this.#users = new DataLoader<string, User | null>(async (ids) => {
        const members = await this.db().members(ids);
        const byId = new Map(members.map((m) => [m.user.id, m.user]));
        return ids.map((id) => byId.get(id) ?? null);
      });
    }
    return this.#users;
  }
}
