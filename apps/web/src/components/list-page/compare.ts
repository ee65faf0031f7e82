// Compare functions for lists sorted in the browser (unpaged lists): Chinese text by pinyin, numbers
// and ISO dates by value, blanks first — the order the API uses for server-sorted lists.
const collator = new Intl.Collator('zh-CN', { numeric: true });

type Value = string | number | null | undefined;

/** Text (names, titles, codes), by pinyin for Chinese. */
export function byText<T>(get: (row: T) => Value): (a: T, b: T) => number {
  return (a, b) => {
    const x = get(a);
    const y = get(b);
    if (x == null || y == null) return x == null ? (y == null ? 0 : -1) : 1;
    return collator.compare(String(x), String(y));
  };
}

/** Numbers, or ISO dates/instants (which order as text). */
export function byValue<T>(get: (row: T) => Value): (a: T, b: T) => number {
  return (a, b) => {
    const x = get(a);
    const y = get(b);
    if (x == null || y == null) return x == null ? (y == null ? 0 : -1) : 1;
    return x < y ? -1 : x > y ? 1 : 0;
  };
}
