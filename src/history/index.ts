/** The history of many reports: series, lifetimes and verdicts over time, and how to show them. */
export { history } from './history.js';
export type { History } from '../model/diffSchema.js';
