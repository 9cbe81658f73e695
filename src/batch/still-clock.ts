/**
 * Runs `read` with `Date.now()` standing still, and puts the clock back after.
 *
 * Why: read-excel-file parses a sheet in slices, halving the next slice whenever one took over
 * 7 ms by `Date.now()` and doubling it when one took under half that, and it calls itself once
 * per slice. On a loaded machine slices shrink towards nothing and a sheet of tens of
 * megabytes overflowed the stack ("Maximum call stack size exceeded"); the depth depended on
 * the machine's load, not on the workbook. With the clock still, every slice looks fast and is
 * twice the last, so a sheet of 256 MB is read in a dozen slices whatever the load. Nothing
 * else of a run reads the clock while a workbook is read but a progress bar, which then waits.
 */
export async function withStillClock<T>(read: () => Promise<T>): Promise<T> {
  const now = Date.now;
  const at = now();
  Date.now = () => at;
  try {
    return await read();
  } finally {
    Date.now = now;
  }
}
