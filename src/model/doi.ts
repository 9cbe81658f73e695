/**
 * The start of a DOI (ISO 26324), as letters and references print one, "10.1000/xyz-123" or
 * "doi:10.1038/nphys1170": the directory indicator 10, a registrant code of four digits or
 * more (perhaps with parts of its own, "10.1000.10"), and the slash before the suffix. A
 * source pattern, for the expressions that find addresses (model/word-breaks.ts,
 * typography/block-text.ts). Why here: both must read a DOI alike, so it is kept whole by the
 * typography and broken only where an address breaks.
 */
export const DOI_PREFIX = String.raw`10\.\d{4,9}(?:\.\d+)*\/`;
