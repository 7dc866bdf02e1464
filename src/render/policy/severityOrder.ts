import type { Severity } from '../../model/types.js';

/** Issue severities, most severe first: the order of issue lists and count tables. */
export const SEVERITY_ORDER: readonly Severity[] = ['blocking', 'critical', 'high', 'medium', 'low', 'info', 'unknown'];
