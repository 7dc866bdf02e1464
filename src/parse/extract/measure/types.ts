import type { Mark, Position } from '../../../model/types.js';
import type { Measure } from '../../text/parseMeasure.js';

/** A metric found once, shared by the metric and gate extractors. */
export interface Found {
  name: string;
  measure: Measure;
  mark: Mark | null;
  status: string | null;
  /** it is also a gate: a line in a gates section, or a row of a gate-like table */
  gate: boolean;
  sectionId: string;
  position: Position;
}
