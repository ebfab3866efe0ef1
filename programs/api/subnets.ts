/** Pure subnet arithmetic for the api VPC. */

function toInt(ip: string): number {
  return ip.split('.').reduce((acc, o) => acc * 256 + Number(o), 0);
}

function toIp(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

/**
 * Carves `count` equal public subnets from the start of `cidr`, using the fewest extra prefix bits
 * (2 subnets of a /16 are /17s). Throws when they would be smaller than /28 (AWS's minimum).
 */
export function subnetCidrs(cidr: string, count: number): string[] {
  const [ip, len] = cidr.split('/');
  const prefix = Number(len);
  const bits = Math.max(1, Math.ceil(Math.log2(count)));
  const newPrefix = prefix + bits;
  if (newPrefix > 28)
    throw new Error(`cidrBlock ${cidr} is too small for ${count} subnets (each would be /${newPrefix}; AWS needs /28 or larger)`);
  const base = toInt(ip);
  const size = 2 ** (32 - newPrefix);
  return Array.from({ length: count }, (_, i) => `${toIp(base + i * size)}/${newPrefix}`);
}
