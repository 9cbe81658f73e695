import { fail } from "../errors.js";

/** One slice of a run: shard `i` of `n`, 1-based like `--shard 3/8`. */
export interface Shard {
  i: number;
  n: number;
}

/**
 * `--shard i/n`, or `auto` / `auto/n`, which read the slice from the CI or cluster: GitLab's
 * `parallel:` sets CI_NODE_INDEX (1-based) and CI_NODE_TOTAL; a Kubernetes Indexed Job sets
 * JOB_COMPLETION_INDEX (0-based) but not the count, which `auto/n` gives.
 */
export function parseShard(
  value: string | undefined,
  env: Record<string, string | undefined> = {},
): Shard {
  if (value === undefined) return { i: 1, n: 1 };
  const auto = /^auto(?:\/(\d+))?$/.exec(value.trim());
  if (auto) return fromEnvironment(env, auto[1] === undefined ? undefined : Number(auto[1]));
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const i = Number(m?.[1]);
  const n = Number(m?.[2]);
  if (!m || n < 1 || i < 1 || i > n)
    throw fail("usage", `--shard takes i/n with 1 ≤ i ≤ n, not ${value}`, undefined, [
      "e.g. --shard 3/8 renders the third of eight slices",
    ]);
  return { i, n };
}

function fromEnvironment(env: Record<string, string | undefined>, total?: number): Shard {
  const count = (name: string) => {
    const v = env[name];
    return v !== undefined && /^\d+$/.test(v.trim()) ? Number(v) : undefined;
  };
  const gitlab = count("CI_NODE_INDEX");
  const k8s = count("JOB_COMPLETION_INDEX");
  const i = gitlab ?? (k8s === undefined ? undefined : k8s + 1);
  const n = total ?? (gitlab !== undefined ? count("CI_NODE_TOTAL") : undefined);
  if (i === undefined || n === undefined) {
    throw fail("usage", "--shard auto found no slice in the environment", undefined, [
      "GitLab parallel jobs set CI_NODE_INDEX and CI_NODE_TOTAL",
      "in a Kubernetes Indexed Job, give the number of completions: --shard auto/8 (JOB_COMPLETION_INDEX is read)",
      "elsewhere, give it: --shard 3/8",
    ]);
  }
  if (n < 1 || i < 1 || i > n) {
    const from = gitlab !== undefined ? "CI_NODE_INDEX" : "JOB_COMPLETION_INDEX + 1";
    throw fail("usage", `--shard auto: slice ${i} (${from}) is not within 1…${n}`);
  }
  return { i, n };
}

/**
 * Record `index` (0-based) belongs to shard `((index mod n) + 1)`. Why round-robin rather
 * than blocks: it needs no record count up front, and slow and fast records spread evenly.
 */
export function inShard(index: number, s: Shard): boolean {
  return index % s.n === s.i - 1;
}
