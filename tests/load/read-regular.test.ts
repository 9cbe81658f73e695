import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { expect, it } from "vitest";
import { readRegular } from "../../src/load/read-regular.js";
import { tempDir } from "../helpers/temp-dir.js";

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return `${(e as NodeJS.ErrnoException).code}: ${(e as Error).message}`;
  }
  return "no error";
};

it("reads a regular file within the limit", () => {
  const file = join(tempDir("regular"), "a.txt");
  writeFileSync(file, "hello");
  expect(readRegular(file, 5).toString()).toBe("hello");
  expect(codeOf(() => readRegular(file, 4))).toBe("EFBIG: it is 5 bytes; the limit is 4");
});

it("refuses a named pipe at once instead of waiting for a writer", () => {
  const fifo = join(tempDir("regular-fifo"), "pipe");
  execFileSync("mkfifo", [fifo]);
  expect(codeOf(() => readRegular(fifo, 100))).toBe(
    "ENOTREG: it is a named pipe (FIFO), not a regular file",
  );
});

it("refuses devices and folders", () => {
  expect(codeOf(() => readRegular("/dev/zero", 100))).toBe(
    "ENOTREG: it is a device, not a regular file",
  );
  expect(codeOf(() => readRegular(tempDir("regular-dir"), 100))).toBe(
    "ENOTREG: it is a folder, not a regular file",
  );
});

it.runIf(existsSync("/proc/self/environ"))(
  "reads no more than a file declares, so /proc files whose size says 0 give nothing",
  () => {
    expect(readRegular("/proc/self/environ", 1 << 20).length).toBe(0);
  },
);

/** A Unix socket bound at a path, closed when the test is done. */
async function socketAt(path: string): Promise<Server> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(path, done));
  return server;
}

// Before, a socket (which cannot be opened) was "cannot read s.yaml: ENXIO": the system's code,
// where a folder, a device and a pipe each say what they are.
it("refuses a socket, saying it is one", async () => {
  const path = join(tempDir("regular-socket"), "s.yaml");
  const server = await socketAt(path);
  try {
    expect(codeOf(() => readRegular(path, 100))).toBe(
      "ENOTREG: it is a socket, not a regular file",
    );
  } finally {
    server.close();
  }
});
