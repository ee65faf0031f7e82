// Every audited operation, entity and field the API writes has a label for people (zh + en) in
// the domain's registry. The types of TenantDb.audit already refuse unknown names; this test
// reads the sources too, so a cast (`as never`) or a new write path cannot slip one through, and
// it fails on labels no code writes any more.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_ENTITIES, AUDIT_FIELDS, AUDIT_OPERATIONS } from '@pinzhi/domain';

const ROOT = join(__dirname, '../../../libs/api');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** The text of each `.audit({ … })` call's argument and each versioning `operations: { … }` block. */
function auditCalls(text: string): string[] {
  const out: string[] = [];
  for (const marker of ['.audit({', 'operations: {']) {
    let at = text.indexOf(marker);
    while (at >= 0) {
      let depth = 0;
      let i = at + marker.length - 1;
      for (; i < text.length; i++) {
        if (text[i] === '{') depth++;
        else if (text[i] === '}' && --depth === 0) break;
      }
      out.push(text.slice(at, i + 1));
      at = text.indexOf(marker, i);
    }
  }
  return out;
}

const files = sources(ROOT).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const calls = files.flatMap((f) => auditCalls(f.text).map((call) => ({ path: f.path, call })));
// Operation names are camelCase; upper-case literals in the expression are compared values (`kind === 'VERIFY'`).
const literals = (expr: string) => [...expr.matchAll(/'([a-z][A-Za-z]+)'/g)].map((m) => m[1]);

describe('audit labels', () => {
  it('finds the audit calls (the scan itself works)', () => {
    expect(calls.length).toBeGreaterThan(80);
  });

  it('every audited operation has a label', () => {
    const used = new Set<string>();
    for (const { path, call } of calls) {
      const ops = [...call.matchAll(/(?:operation|start|save|publish|discard): ([^,\n]+)/g)].flatMap((m) => literals(m[1]));
      for (const op of ops) {
        used.add(op);
        expect({ path, op, labelled: op in AUDIT_OPERATIONS }).toEqual({ path, op, labelled: true });
      }
    }
    // Operations built from a table (complaint steps, cost writes) are listed in their sources' maps.
    const everywhere = files.map((f) => f.text).join('\n');
    const unused = Object.keys(AUDIT_OPERATIONS).filter((op) => !used.has(op) && !everywhere.includes(`'${op}'`));
    expect(unused).toEqual([]);
  });

  it('every audited entity and literal field has a label', () => {
    for (const { path, call } of calls) {
      for (const m of call.matchAll(/entity: '([A-Za-z]+)'/g))
        expect({ path, entity: m[1], labelled: m[1] in AUDIT_ENTITIES }).toEqual({ path, entity: m[1], labelled: true });
      for (const m of call.matchAll(/(?:^|[{,]\s*)([a-zA-Z]+): \{ from:/g))
        expect({ path, field: m[1], labelled: m[1] in AUDIT_FIELDS }).toEqual({ path, field: m[1], labelled: true });
    }
  });
});
