/**
 * A small semver range check for the `pulumi-version` input (`3.205.0`, `^3.205.0`, `~3.205.0`,
 * `>=3.200.0`, `3.x`), so the bundle does not carry a semver library for one comparison.
 */
type Triple = [number, number, number];

function parse(v: string): Triple | undefined {
  const m = /^v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?/.exec(v.trim());
  if (!m) return undefined;
  const n = (s?: string) => (s === undefined || s === 'x' || s === '*' ? 0 : Number(s));
  return [n(m[1]), n(m[2]), n(m[3])];
}

function cmp(a: Triple, b: Triple): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** True when `version` satisfies `range`; an unparsable range or version is never satisfied. */
export function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  const r = range.trim();
  const base = parse(r.replace(/^(\^|~|>=|=)/, ''));
  if (!v || !base) return false;
  if (r.startsWith('>=')) return cmp(v, base) >= 0;
  if (r.startsWith('^')) return v[0] === base[0] && cmp(v, base) >= 0;
  if (r.startsWith('~')) return v[0] === base[0] && v[1] === base[1] && cmp(v, base) >= 0;
  if (/(^|\.)(x|\*)/.test(r)) {
    const parts = r.split('.');
    return parts.every((p, i) => p === 'x' || p === '*' || Number(p) === v[i]);
  }
  return cmp(v, base) === 0;
}

/** The version to install for a range: its lower bound (`^3.205.0` → `3.205.0`). */
export function installVersion(range: string): string {
  const base = parse(range.replace(/^(\^|~|>=|=)/, ''));
  if (!base) throw new Error(`Invalid input 'pulumi-version': "${range}". Expected a version or a range like ^3.205.0.`);
  return base.join('.');
}
