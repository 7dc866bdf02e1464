/**
 * The machine footer some agents append after the report (a run-log table and
 * a receipt list): not part of the report's statements, so never its sign-off.
 */

/** `<!-- AGENT FOOTER BEGIN: DO NOT EDIT ABOVE THIS LINE -->` opens it. */
export const FOOTER_COMMENT = /footer begin/i;

/** Headings of a footer written without the comment: `## VERSION LOG`, `## Version & Run Log`, `### Receipt`. */
export const FOOTER_HEADING = /^(version (& |and )?run log|version log|run log|receipt)$/;

/** Appendices follow the report's sign-off: `## Appendix A: Test Results Summary`. */
export const APPENDIX_HEADING = /^appendix\b/;
