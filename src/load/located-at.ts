import { type Location, MissiveError } from "../errors.js";

/** Runs `find`, placing the problems of what it throws that have no place at `at`. */
export function locatedAt<T>(at: Location | undefined, find: () => T): T {
  try {
    return find();
  } catch (e) {
    if (!at || !(e instanceof MissiveError)) throw e;
    const problems = e.problems.map((p) => (p.location ? p : { ...p, location: at }));
    throw new MissiveError(e.kind, problems, { cause: e });
  }
}
