// A small SQL tokenizer for the data layer's own checks (statement guard, scoped conditions):
// identifiers in either dialect's quotes, strings, parameters, and each token's parenthesis depth.

export type Token = { kind: 'word' | 'ident' | 'string' | 'number' | 'param' | 'op'; text: string; upper: string; depth: number };

export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let depth = 0;
  let i = 0;
  const push = (kind: Token['kind'], text: string, d = depth) => tokens.push({ kind, text, upper: text.toUpperCase(), depth: d });
  while (i < sql.length) {
    const c = sql[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"' || c === '`') {
      let j = i + 1;
      let text = '';
      while (j < sql.length) {
        if (sql[j] === c && sql[j + 1] === c) {
          text += c;
          j += 2;
        } else if (sql[j] === c) break;
        else text += sql[j++];
      }
      push('ident', text);
      i = j + 1;
    } else if (c === "'") {
      let j = i + 1;
      while (j < sql.length) {
        if (sql[j] === '\\') j += 2;
        else if (sql[j] === "'" && sql[j + 1] === "'") j += 2;
        else if (sql[j] === "'") break;
        else j++;
      }
      push('string', sql.slice(i, j + 1));
      i = j + 1;
    } else if (c === '-' && sql[i + 1] === '-') {
      while (i < sql.length && sql[i] !== '\n') i++;
    } else if (c === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? sql.length : end + 2;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][\w$]*/.exec(sql.slice(i))!;
      push('word', m[0]);
      i += m[0].length;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9.]+(e[+-]?[0-9]+)?/i.exec(sql.slice(i))!;
      push('number', m[0]);
      i += m[0].length;
    } else if (c === '?' || (c === ':' && /[A-Za-z_]/.test(sql[i + 1] ?? ''))) {
      const m = /^(\?|:[A-Za-z_][\w.]*)/.exec(sql.slice(i))!;
      push('param', m[0]);
      i += m[0].length;
    } else if (c === '(') {
      push('op', '(', depth);
      depth++;
      i++;
    } else if (c === ')') {
      depth--;
      push('op', ')', depth);
      i++;
    } else {
      const two = sql.slice(i, i + 2);
      const op = ['<=', '>=', '<>', '!=', '||', '::'].includes(two) ? two : c;
      push('op', op);
      i += op.length;
    }
  }
  return tokens;
}

/** Index of the `)` closing the `(` at `open`. */
export function closing(tokens: Token[], open: number): number {
  const depth = tokens[open].depth;
  for (let j = open + 1; j < tokens.length; j++) if (tokens[j].text === ')' && tokens[j].depth === depth) return j;
  return tokens.length;
}

/** True when `condition` has an OR (or XOR) outside any parentheses: `a = 1 OR b = 2`. */
export function hasTopLevelOr(condition: string): boolean {
  return tokenize(condition).some((t) => t.depth === 0 && t.kind === 'word' && (t.upper === 'OR' || t.upper === 'XOR'));
}
