import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { extractPdf } from "../helpers/pdf-text.js";
import { greyPng } from "../helpers/png-chunk.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

// The business pack sets the logo (1 inch wide) and the sender block side by side. Before,
// the rule and the letter started below the logo alone: a wide wordmark beside a sender
// block of seven lines ran the block into the date (exit 7, or overprinted before that check).
const letter = (logo: string) => `template: business
sender:
  logo: ${logo}
  company: Northwind Traders, Inc.
  address: [1200 Harbor Boulevard, Suite 400, Building 7, Floor 3, Boston, MA 02110, United States]
  phone: (617) 555-0142
  email: orders@northwind.example
  web: northwind.example
date: 2024-05-14
recipient: [Ms. Dana Whitfield, 88 Elm Street, "Cambridge, MA 02134"]
salutation: "Dear Ms. Whitfield:"
body: Thank you for your order.
closing: Sincerely,
signer: { name: Ann Lee }
`;

it.each([
  ["a wide wordmark", 800, 100],
  ["a tall mark", 100, 200],
])("starts the letter below %s and a long sender block, whichever is lower", async (_, w, h) => {
  const dir = tempDir("business-logo");
  writeFileSync(join(dir, "logo.png"), greyPng(w, h));
  writeFileSync(join(dir, "letter.yaml"), letter("logo.png"));
  const r = await runCli(["render", "letter.yaml", "-f", "pdf", "-o", "out"], { cwd: dir });
  expect(r.stderr).not.toMatch(/error/);
  expect(r.code).toBe(0);
  const { items } = await extractPdf(readFileSync(join(dir, "out", "letter.pdf")));
  const date = items.find((i) => i.str.startsWith("May 14"));
  const sender = items.filter((i) => i.page === 1 && i.x > 200 && i.y < (date?.top ?? 0));
  expect(sender.at(-1)?.str).toBe("northwind.example");
  const logoBottom = 54 + (72 * h) / w;
  const lowest = Math.max(logoBottom, sender.at(-1)?.y ?? Number.POSITIVE_INFINITY);
  // Below both, by the rule's space (10 pt above it, 20 pt below).
  expect(date?.top).toBeGreaterThan(lowest + 30);
});

// The business and senate packs take the letter's paper (`paper: a4`): a British or European
// office writes on A4. The sender block is placed from the paper's right edge, so it ends at
// the right margin, where the rule ends, on any paper (before, at 7.5 in from the left: a
// quarter inch past the margin of an A4 page).
it.each([
  ["letter", 612],
  ["a4", 595.28],
])("sets the sender block flush with the right margin on %s paper", async (paper, width) => {
  const dir = tempDir("business-paper");
  writeFileSync(join(dir, "letter.yaml"), `paper: ${paper}\n${letter("false")}`);
  writeFileSync(join(dir, "logo.yaml"), `paper: ${paper}\n${letter("logo.png")}`);
  writeFileSync(join(dir, "logo.png"), greyPng(100, 100));
  for (const file of ["letter.yaml", "logo.yaml"]) {
    const r = await runCli(["render", file, "-f", "pdf", "-o", "out"], { cwd: dir });
    expect(r.stderr).not.toMatch(/error/);
    const pdf = await extractPdf(readFileSync(join(dir, "out", file.replace(".yaml", ".pdf"))));
    expect(pdf.pages[0]?.width).toBeCloseTo(width, 1);
    const company = pdf.items.find((i) => i.str === "Northwind Traders, Inc.");
    expect((company?.x ?? 0) + (company?.width ?? 0)).toBeCloseTo(width - 72, 0);
  }
});
