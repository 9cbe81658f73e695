/**
 * Block ids (layout/, `TextItem.block`) of what repeats on every page (running heads, footers,
 * page numbers) start with this: the tagged PDF marks them as artifacts.
 */
export const RUNNING = "running/";
