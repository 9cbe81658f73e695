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
export function parseShard(value: string | undefined, env: Env = {}): Shard {
  if (value === undefined) return { i: 1, n: 1 };
  const auto = /^auto(?:\/(\d+))?$/.exec(value.trim());
  const total = auto?.[1] === undefined ? undefined : Number(auto[1]);
  if (auto && (total === undefined || (Number.isSafeInteger(total) && total >= 1)))
    return fromEnvironment(env, total);
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const i = Number(m?.[1]);
  const n = Number(m?.[2]);
  // Why safe integers: beyond them a number is not the one written (…999 reads as 1e20).
  if (auto || !m || !Number.isSafeInteger(n) || n < 1 || i < 1 || i > n)
    throw fail("usage", `--shard takes i/n with 1 ≤ i ≤ n, or auto/n, not ${value}`, undefined, [
      "e.g. --shard 3/8 renders the third of eight slices",
    ]);
  return { i, n };
}

type Env = Record<string, string | undefined>;

/** `NAME=value` as the environment has it, for messages. */
const shown = (env: Env, name: string) => `${name}=${JSON.stringify(env[name] ?? "")}`;

/** A variable's whole number, undefined when unset; a usage error naming it when not a number. */
function whole(env: Env, name: string): number | undefined {
  const v = env[name];
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v.trim()) || !Number.isSafeInteger(Number(v)))
    throw fail("usage", `--shard auto: ${shown(env, name)} is not a whole number`, undefined, [
      `${name} is set by the CI or cluster; unset it, or give the slice: --shard 3/8`,
    ]);
  return Number(v);
}

/**
 * The slice from the environment. `total` (from `auto/n`) must agree with a total the CI
 * sets: a job that renders a slice of another count leaves records that no job renders.
 */
function fromEnvironment(env: Env, total?: number): Shard {
  const gitlab = whole(env, "CI_NODE_INDEX");
  const ciTotal = gitlab !== undefined ? whole(env, "CI_NODE_TOTAL") : undefined;
  if (total !== undefined && ciTotal !== undefined && total !== ciTotal)
    throw fail(
      "usage",
      `--shard auto/${total} disagrees with the CI's ${shown(env, "CI_NODE_TOTAL")}: slices of ${total} in a pipeline of ${ciTotal} jobs would leave records unrendered`,
      undefined,
      ["give --shard auto, which takes the total from CI_NODE_TOTAL"],
    );
  const k8s = whole(env, "JOB_COMPLETION_INDEX");
  // Both set (a GitLab runner in a Kubernetes Job, say): they must name one slice, or the
  // jobs would not share the records out as the user thinks.
  if (gitlab !== undefined && k8s !== undefined && k8s + 1 !== gitlab)
    throw fail(
      "usage",
      `--shard auto: ${shown(env, "CI_NODE_INDEX")} and ${shown(env, "JOB_COMPLETION_INDEX")} name different slices`,
      undefined,
      ["give the slice yourself: --shard i/n"],
    );
  const i = gitlab ?? (k8s === undefined ? undefined : k8s + 1);
  const n = total ?? ciTotal;
  if (i === undefined) throw noSlice("neither CI_NODE_INDEX nor JOB_COMPLETION_INDEX is set");
  if (n === undefined)
    throw noSlice(
      gitlab !== undefined
        ? `${shown(env, "CI_NODE_INDEX")} is set but CI_NODE_TOTAL is not`
        : `${shown(env, "JOB_COMPLETION_INDEX")} gives the index but not the number of completions`,
    );
  if (n < 1 || i < 1 || i > n) {
    const from =
      gitlab !== undefined
        ? shown(env, "CI_NODE_INDEX")
        : `${shown(env, "JOB_COMPLETION_INDEX")} + 1`;
    const of = total === undefined ? ` (${shown(env, "CI_NODE_TOTAL")})` : "";
    throw fail("usage", `--shard auto: slice ${i} (${from}) is not within 1…${n}${of}`);
  }
  return { i, n };
}

function noSlice(why: string): Error {
  return fail("usage", `--shard auto found no slice in the environment: ${why}`, undefined, [
    "GitLab parallel jobs set CI_NODE_INDEX and CI_NODE_TOTAL",
    "in a Kubernetes Indexed Job, give the number of completions: --shard auto/8 (JOB_COMPLETION_INDEX is read)",
    "elsewhere, give it: --shard 3/8",
  ]);
}

/**
 * Record `index` (0-based) belongs to shard `((index mod n) + 1)`. Why round-robin rather
 * than blocks: it needs no record count up front, and slow and fast records spread evenly.
 */
export function inShard(index: number, s: Shard): boolean {
  return index % s.n === s.i - 1;
}
