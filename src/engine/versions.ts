import semver from 'semver';
import { BadInput } from '../errors.js';

/** The `pulumi-version` range check, with the semver package (already in the bundle through @actions/cache). */

/** True when `version` (as `pulumi version` prints it, `v3.205.0`) satisfies `range`; an unparsable one never does. */
export function satisfies(version: string, range: string): boolean {
  const v = semver.valid(semver.clean(version.trim()));
  return v !== null && semver.validRange(range) !== null && semver.satisfies(v, range);
}

/** The version to install for a range: its lower bound (`^3.205.0` → `3.205.0`). */
export function installVersion(range: string): string {
  const min = semver.validRange(range) === null ? null : semver.minVersion(range);
  if (!min) throw new BadInput(`Invalid input 'pulumi-version': "${range}". Expected a version or a range like ^3.205.0.`);
  return min.version;
}
