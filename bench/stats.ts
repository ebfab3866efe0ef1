import { spawnSync } from 'node:child_process';

/** Figures over repeats: the benches print min / median / max, never one sample. */
export interface Stats {
  min: number;
  median: number;
  max: number;
}

export const stats = (xs: number[]): Stats => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
};

export const fmt = (st: Stats, digits = 1) =>
  `median ${st.median.toFixed(digits)} (min ${st.min.toFixed(digits)}, max ${st.max.toFixed(digits)})`;

/** `node -e 0`, the unit the benches' ratios use, measured in the same run. */
export function bareNode(runs: number): Stats {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0']);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return stats(times);
}
