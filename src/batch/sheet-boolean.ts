type Helper = (this: unknown, ...args: unknown[]) => unknown;

/**
 * `if` and `unless` that take a spreadsheet's FALSE for false. Why: a CSV has only text, and a
 * checkbox column of Google Sheets, Excel or LibreOffice saves as `TRUE` and `FALSE`, which
 * Handlebars would count as set; an `.xlsx` or `.ods` cell already reads as false.
 */
export function sheetBooleanCondition(helper: Helper): Helper {
  return function (this: unknown, cond: unknown, ...rest: unknown[]) {
    const off = typeof cond === "string" && cond.trim().toLowerCase() === "false";
    return helper.call(this, off ? false : cond, ...rest);
  };
}
