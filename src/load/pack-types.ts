import type { Location } from "../errors.js";
import type { FontChains } from "../model/font-chains.js";
import type { FontFamily, TextStyle } from "../model/style.js";
import type { Typography } from "../typography/typography-options.js";
import type { FileReads } from "./file-reads.js";
import type { FirstMargin } from "./first-margin.js";

/** A template file with the path it came from, so errors can point into it. */
export interface TemplateSource {
  file: string;
  source: string;
}

/** A letterhead template pack, loaded and merged with the pack it extends. */
export interface TemplatePack {
  name: string;
  description: string;
  /** Folders searched for `pack:` assets: this pack's first, then the packs it extends. */
  dirs: string[];
  manifestFile: string;
  page: {
    size: string;
    width: number;
    height: number;
    margin: { top: number; right: number; bottom: number; left: number };
    /** Page 1's own left and right margins (`page.firstMargin`), a side not given the page's. */
    firstMargin?: FirstMargin;
  };
  lang: string;
  /** The typography passes letters on this pack get unless a letter says otherwise. */
  typography: Typography;
  fonts: Record<string, FontFamily>;
  /** Where the manifest names each font file (by path), so a broken font points there. */
  fontRefs: Record<string, Location>;
  fallbackFonts: string[];
  /** Fallback families by script or language (`fontChains`), merged down `extends`. */
  fontChains?: FontChains;
  styles: Record<string, TextStyle>;
  /**
   * The style properties as written, merged down the `extends` chain (a child's over its
   * parent's). Why kept: a child's `default` must reach the styles it inherits, so they are
   * resolved again from these.
   */
  styleRules: Record<string, StyleRule>;
  /**
   * Values the templates read as `@pack` (manifest `values`): measures and choices that are
   * the pack's data, such as the places of DIN 5008's forms A and B.
   */
  values: Record<string, unknown>;
  /** Label tables per language tag (`en`, `de`), e.g. `page: Page`. */
  labels: Record<string, Record<string, string>>;
  /** JSON Schema of the data the template needs (with defaults), if the pack declares one. */
  schema?: Record<string, unknown>;
  /** The file the schema came from (`schema.json`), or the manifest when written inline. */
  schemaFile?: string;
  /** Link schemes the pack allows beyond http, https, mailto and tel (manifest `linkSchemes`). */
  linkSchemes: string[];
  template: TemplateSource;
  partials: Record<string, TemplateSource>;
  /**
   * The files the pack was read from (manifests, schema files, templates, of the packs it
   * extends too) and what each was then, for code frames (file-reads.ts).
   */
  reads: FileReads;
}

/**
 * A style as a manifest writes it: some properties, the style it starts from, and the lengths
 * written in ems (`firstLineIndent: 2em`), made points once the style's size is known.
 */
export type StyleRule = Partial<TextStyle> & { extends?: string; ems?: Ems };

/** Lengths in ems, by property. */
export type Ems = Partial<Record<keyof TextStyle, number>>;
