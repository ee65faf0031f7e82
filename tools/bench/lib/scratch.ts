// Shared by the benchmarks: a throwaway database and a deterministic pseudo-random source.

/** Is this a MySQL/MariaDB URL? */
export const isMysqlUrl = (url: string | undefined): url is string => Boolean(url?.startsWith('mysql') || url?.startsWith('mariadb'));

/** Connection options for mysql2 from a mysql:// URL (no database selected). */
export function mysqlServer(url: string) {
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port || 3306), user: decodeURIComponent(u.username), password: decodeURIComponent(u.password) };
}

/**
 * A throwaway database next to the one in a mysql:// URL (<database>_bench_<pid>), so every
 * run starts from empty tables; returns its URL and how to drop it.
 */
export async function scratchDatabase(url: string): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const u = new URL(url);
  const name = `${u.pathname.replace(/^\//, '')}_bench_${process.pid}`;
  const { createConnection } = await import('mysql2/promise');
  const admin = () => createConnection(mysqlServer(url));
  const c = await admin();
  await c.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await c.end();
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    name,
    drop: async () => {
      const d = await admin();
      await d.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await d.end();
    },
  };
}

/** Deterministic pseudo-random integers (no Math.random): the same data on every run. */
export function seeded(seed: number): (n: number) => number {
  let s = seed >>> 0 || 1;
  return (n: number) => {
    // xorshift32
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s % n;
  };
}

/** A deterministic UUID-shaped id from a namespace and a counter (stable across runs). */
export function stableId(namespace: number, n: number): string {
  const hex = (namespace.toString(16).padStart(8, '0') + n.toString(16).padStart(24, '0')).slice(-32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
