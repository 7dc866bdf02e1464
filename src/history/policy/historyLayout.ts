/**
 * How wide history tables are cut so a printed page never clips a column:
 * at most this many report columns per table (beside the name and trend
 * columns). A longer history is split into bands of about equal width, each
 * a table of its own with the name column repeated, so the latest report's
 * values are always on the page. Four report columns fit portrait A4 and
 * Letter with the name column at a readable width.
 */
export const MAX_REPORT_COLUMNS = 4;
