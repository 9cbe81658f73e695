import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { warningText } from "../../src/errors.js";
import { ROOT, render } from "../helpers/render.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const FILE = `${ROOT}/data/inline.yaml`;
const LETTER = `template: business
sender: { company: Acme, address: [1 Road] }
recipient: [Ann Lee, 1 Main St]
bcc: [Bo Chen]
body: Hello.
signer: { name: Cy Diaz }
`;
const letter = async (more = "") => {
  const r = await render({ file: FILE, text: `${LETTER}${more}` }, ["txt"]);
  return { txt: r.txt ?? "", warnings: r.warnings.map(warningText) };
};

// Before, the bcc line was dropped from a letter without fileCopy, and nothing said so.
describe("blind copies on a letter that does not say it is the file copy", () => {
  it("are warned about at bcc, with how to make the file copy", async () => {
    const r = await letter();
    expect(r.txt).not.toContain("Bo Chen");
    expect(r.warnings).toEqual([
      expect.stringMatching(
        /^.*inline\.yaml:4:6: bcc: not printed on this copy: .*fileCopy: true.*fileCopy: false/,
      ),
    ]);
  });

  it("are not when the letter says which copy it is", async () => {
    const file = await letter("fileCopy: true\n");
    expect(file.txt).toContain("bcc: Bo Chen");
    expect(file.warnings).toEqual([]);
    expect((await letter("fileCopy: false\n")).warnings).toEqual([]);
  });

  it("are not in a merge whose records say which copy each is", async () => {
    const dir = tempDir("unprinted-bcc");
    writeFileSync(join(dir, "letter.yaml"), LETTER);
    const run = (stdin: string) =>
      runCli(["render", "letter.yaml", "-m", "-", "-o", "out", "-f", "txt", "-j", "1"], {
        cwd: dir,
        stdin,
      });
    const told = await run('{"fileCopy": false}\n{"fileCopy": true}\n');
    expect(told.stderr).toBe("done merged 2 records: 2 rendered → out\n");
    const untold = await run('{}\n{"fileCopy": true}\n');
    expect(untold.stderr).toMatch(
      // (the record `{}` is also told it sets nothing: merge41's empty-record warning)
      /^warning: record 1 \(<stdin>:1\): letter\.yaml:4:6: bcc: not printed/m,
    );
  });
});
