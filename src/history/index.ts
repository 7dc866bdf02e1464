/** The history of many reports: series, lifetimes and verdicts over time, and how to show them. */
export { history } from './history.js';
export { groupSequences, type Sequence, type SequenceSpec, type GroupInput } from './groupSequences.js';
export { renderHistoryHtml } from './render/renderHistoryHtml.js';
export { renderHistoryMarkdown } from './render/renderHistoryMarkdown.js';
export { buildHistoryView, type HistoryView } from './render/buildHistoryView.js';
export { trendPath, type TrendBox, type TrendPoint } from './render/trendPath.js';
export type * from '../model/historySchema.js';
