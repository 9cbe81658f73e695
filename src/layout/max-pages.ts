/**
 * The most pages one letter may have. Why a limit: nothing else bounded it, and every page is
 * held until the PDF is written: a body of 20,000 `\newpage` paragraphs (340 kB of data) made
 * 20,001 pages in 40 s and 440 MB, so a data file of 4 MiB (240,000 pages), or a template
 * whose loop writes `<page-break/>` two million times, ran for many minutes until the
 * process ran out of memory. Why this many: the longest letters missive is tested on (a table
 * of 150,000 rows pasted into the body) come to about 8,000 pages.
 */
export const MAX_PAGES = 25_000;
