/**
 * A tag's attributes, whole: a quoted value may hold `>` (empty-cells.ts, ods-empty-cells.ts
 * and unsaved-formula.ts read tags by it).
 */
export const ATTRIBUTES = `(?:[^>"']|"[^"]*"|'[^']*')*`;
