import Handlebars from "handlebars";

/**
 * A Handlebars instance of its own, with no `log` helper and no messages. Why: Handlebars
 * writes to the console itself, and its output is not missive's: `log` writes to standard
 * output, which may be the PDF (`-o -`) or `--json`; and a template that reaches a property of
 * a prototype (`{{lookup this "toString"}}`, which prints nothing) made it write three lines of
 * its own to stderr, about runtime options a pack cannot set, unescaped and past `--quiet`.
 */
export function handlebarsInstance(): typeof Handlebars {
  const hb = Handlebars.create();
  hb.unregisterHelper("log");
  // One logger serves every instance, and the runtime calls it directly.
  hb.logger.log = () => {};
  return hb;
}
