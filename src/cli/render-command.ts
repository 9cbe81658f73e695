import { createHash } from "node:crypto";
import { fail } from "../errors.js";
import type { Stage } from "../pipeline.js";
import { creationDate } from "./creation-date.js";
import type { Io } from "./io.js";
import type { Reporter } from "./reporter.js";

export interface RenderFlags {
  out?: string;
  template?: string;
  format?: string;
  emit?: string;
  width: string;
  creationDate?: string;
  json?: boolean;
}

export interface FileReport {
  path: string;
  format: string;
  bytes: number;
  sha256: string;
  pages?: number;
}

const STAGES: Stage[] = ["markup", "model", "layout"];

/** `missive render <data.yaml>`: one letter to PDF and/or text. */
export async function renderCommand(
  dataFile: string,
  flags: RenderFlags,
  io: Io,
  rep: Reporter,
): Promise<FileReport[]> {
  const [
    { renderLetter },
    { readText },
    { planOutputs, parseFormats },
    { writeFilesAtomic },
    { emitStage },
  ] = await Promise.all([
    import("../pipeline.js"),
    import("../load/read-text.js"),
    import("../output/plan-outputs.js"),
    import("../output/write-atomic.js"),
    import("./emit.js"),
  ]);
  const width = Number(flags.width);
  if (!Number.isInteger(width) || width < 20 || width > 1000)
    throw fail(
      "usage",
      `--width must be a whole number of columns from 20 to 1000, not ${flags.width}`,
    );
  if (flags.emit !== undefined && !STAGES.includes(flags.emit as Stage)) {
    throw fail("usage", `--emit takes one of ${STAGES.join(", ")}, not ${flags.emit}`);
  }
  const formats = parseFormats(flags.format);
  const targets = flags.emit ? [] : planOutputs(dataFile, flags.out, formats, io.cwd);
  const stage = flags.emit as Stage | undefined;
  const rendered = await renderLetter(readText(dataFile), {
    cwd: io.cwd,
    template: flags.template,
    formats: stage ? [] : targets.map((t) => t.format),
    textWidth: width,
    created: creationDate(io.env, flags.creationDate),
    stopAfter: stage,
  });
  for (const w of rendered.warnings) rep.warn(w);
  if (stage) {
    io.stdout.write(emitStage(rendered, stage, io.cwd));
    return [];
  }
  const files = targets.map((t) => ({
    ...t,
    data: (t.format === "pdf" ? rendered.pdf : rendered.txt) as Uint8Array | string,
  }));
  const toDisk = files.filter((f) => f.path !== "-");
  writeFilesAtomic(toDisk);
  for (const f of files) if (f.path === "-") io.stdout.write(f.data);
  return files.map((f) => {
    const bytes = typeof f.data === "string" ? Buffer.from(f.data) : f.data;
    return {
      path: f.path,
      format: f.format,
      bytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      ...(f.format === "pdf" ? { pages: rendered.pages } : {}),
    };
  });
}
