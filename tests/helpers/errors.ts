import { MissiveError } from "../../src/errors.js";

/** Runs fn and returns the MissiveError it throws (fails the test otherwise). */
export async function caught(fn: () => unknown): Promise<MissiveError> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof MissiveError) return e;
    throw e;
  }
  throw new Error("expected a MissiveError");
}
