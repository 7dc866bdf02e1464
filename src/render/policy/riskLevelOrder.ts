/** Risk levels in the order shown; levels not listed follow, alphabetically. */
export const RISK_LEVEL_ORDER: readonly string[] = ['critical', 'high', 'medium', 'low', 'resolved'];
