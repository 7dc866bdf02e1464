/** The markdown draft of a report's next update. */
export { nextUpdate, type NextUpdateOptions } from './nextUpdate.js';
