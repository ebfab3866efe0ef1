/**
 * A small evaluator for the GitHub Actions expression subset our workflows use in `if:` and
 * `environment:` (literals, context paths, indexes, ! && || == != < <= > >=, parentheses,
 * fromJSON, format, startsWith, contains), with GitHub's loose comparison rules for the cases we
 * meet: strings compare case-insensitively, numbers with numbers, null with ''/0.
 */

export type Value = string | number | boolean | null | Value[] | { [k: string]: Value };

type Tok = { t: 'str' | 'num' | 'id' | 'op'; v: string };

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "'") {
      let s = '';
      i++;
      while (i < src.length) {
        if (src[i] === "'" && src[i + 1] === "'") {
          s += "'";
          i += 2;
          continue;
        }
        if (src[i] === "'") break;
        s += src[i++];
      }
      i++;
      out.push({ t: 'str', v: s });
      continue;
    }
    const two = src.slice(i, i + 2);
    if (['&&', '||', '==', '!=', '<=', '>='].includes(two)) {
      out.push({ t: 'op', v: two });
      i += 2;
      continue;
    }
    if ('()[].,!<>*'.includes(c)) {
      out.push({ t: 'op', v: c });
      i++;
      continue;
    }
    const num = /^\d+(\.\d+)?/.exec(src.slice(i));
    if (num) {
      out.push({ t: 'num', v: num[0] });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_][\w-]*/.exec(src.slice(i));
    if (id) {
      out.push({ t: 'id', v: id[0] });
      i += id[0].length;
      continue;
    }
    throw new Error(`Unexpected "${c}" in expression: ${src}`);
  }
  return out;
}

const FUNCTIONS: Record<string, (...a: Value[]) => Value> = {
  fromjson: (s) => JSON.parse(String(s)) as Value,
  always: () => true,
  join: (a, sep = ',') => (Array.isArray(a) ? a.map(str).join(str(sep)) : str(a)),
  format: (f, ...args) => String(f).replace(/\{(\d+)\}/g, (_, n: string) => str(args[Number(n)] ?? '')),
  startswith: (a, b) => str(a).toLowerCase().startsWith(str(b).toLowerCase()),
  contains: (a, b) => (Array.isArray(a) ? a.some((x) => eq(x, b)) : str(a).toLowerCase().includes(str(b).toLowerCase())),
};

function str(v: Value): string {
  return v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
}
function num(v: Value): number {
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? 0 : Number(v);
  return NaN;
}
function eq(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === 'object' && a !== null) return a === b;
  return num(a) === num(b);
}
function truthy(v: Value): boolean {
  return !(v === null || v === false || v === 0 || v === '' || Number.isNaN(v));
}

export function evaluate(src: string, ctx: Record<string, Value>): Value {
  const toks = tokenize(src);
  let p = 0;
  const peek = () => toks[p];
  const take = (v?: string) => {
    const t = toks[p++];
    if (!t || (v !== undefined && t.v !== v)) throw new Error(`Expected "${v}" in expression: ${src}`);
    return t;
  };
  const primary = (): Value => {
    const t = take();
    let v: Value;
    if (t.t === 'str') v = t.v;
    else if (t.t === 'num') v = Number(t.v);
    else if (t.t === 'op' && t.v === '(') {
      v = or();
      take(')');
    } else if (t.t === 'op' && t.v === '!') return !truthy(primary());
    else if (t.t === 'id' && peek()?.v === '(') {
      take('(');
      const args: Value[] = [];
      while (peek()?.v !== ')') {
        args.push(or());
        if (peek()?.v === ',') take(',');
      }
      take(')');
      const f = FUNCTIONS[t.v.toLowerCase()];
      if (!f) throw new Error(`Unknown function ${t.v} in: ${src}`);
      v = f(...args);
    } else if (t.t === 'id') {
      v = t.v === 'true' ? true : t.v === 'false' ? false : t.v === 'null' ? null : (ctx[t.v] ?? null);
    } else throw new Error(`Unexpected "${t.v}" in expression: ${src}`);
    let wasFilter = false;
    for (;;) {
      if (peek()?.v === '.') {
        take('.');
        const k = take().v;
        // An object filter (`list.*.name`): the property of every element.
        if (k === '*') v = Array.isArray(v) ? v : v && typeof v === 'object' ? Object.values(v) : [];
        else if (Array.isArray(v) && wasFilter) v = v.map((x) => (x && typeof x === 'object' && !Array.isArray(x) ? (x[k] ?? null) : null));
        else v = v && typeof v === 'object' && !Array.isArray(v) ? (v[k] ?? null) : null;
        wasFilter = k === '*' || (wasFilter && Array.isArray(v));
      } else if (peek()?.v === '[') {
        wasFilter = false;
        take('[');
        const k = or();
        take(']');
        v = Array.isArray(v) ? (v[num(k)] ?? null) : v && typeof v === 'object' ? (v[str(k)] ?? null) : null;
      } else return v;
    }
  };
  const cmp = (): Value => {
    let l = primary();
    while (['==', '!=', '<', '<=', '>', '>='].includes(peek()?.v ?? '')) {
      const op = take().v;
      const r = primary();
      l =
        op === '=='
          ? eq(l, r)
          : op === '!='
            ? !eq(l, r)
            : op === '<'
              ? num(l) < num(r)
              : op === '<='
                ? num(l) <= num(r)
                : op === '>'
                  ? num(l) > num(r)
                  : num(l) >= num(r);
    }
    return l;
  };
  const and = (): Value => {
    let l = cmp();
    while (peek()?.v === '&&') {
      take();
      const r = cmp();
      l = truthy(l) ? r : l;
    }
    return l;
  };
  const or = (): Value => {
    let l = and();
    while (peek()?.v === '||') {
      take();
      const r = and();
      l = truthy(l) ? l : r;
    }
    return l;
  };
  const v = or();
  if (p !== toks.length) throw new Error(`Trailing tokens in expression: ${src}`);
  return v;
}

/** `${{ x }}` → x; a bare `if:` string is an expression already. */
export function unwrap(s: string): string {
  const m = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(s);
  return (m ? m[1]! : s).trim();
}

export function isTrue(src: string, ctx: Record<string, Value>): boolean {
  return truthy(evaluate(unwrap(src), ctx));
}
