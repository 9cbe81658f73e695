import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { constants, Script } from "node:vm";

/**
 * Imports an ES module installed beside missive, from a process started from the startup
 * snapshot. Why not `import()`: the snapshot's code was compiled while the snapshot was built,
 * without Node's module loader, and its `import()` fails (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING);
 * code compiled now with the main context's loader can import.
 */
export function importAtRunTime<T>(specifier: string, from: string): () => Promise<T> {
  return () => {
    const url = pathToFileURL(createRequire(from).resolve(specifier)).href;
    const load = new Script("(url) => import(url)", {
      importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    }).runInThisContext() as (url: string) => Promise<T>;
    return load(url);
  };
}
