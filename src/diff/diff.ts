import { DIFF_SCHEMA_VERSION, type PhaseDiff } from '../model/diffSchema.js';
import type { Report } from '../model/types.js';
import { diffActions } from './diffActions.js';
import { diffGates } from './diffGates.js';
import { diffIssues } from './diffIssues.js';
import { diffMetrics } from './diffMetrics.js';
import { diffRisks } from './diffRisks.js';
import { diffSections } from './diffSections.js';
import { diffStatus } from './diffStatus.js';
import { diffVerdict } from './diffVerdict.js';
import { findHeadline } from './findHeadline.js';
import { reportRef } from './reportRef.js';
import { summarizeDiff } from './summarizeDiff.js';

/**
 * What changed from the `older` report to the `newer` one: metrics, gates,
 * issues, risks, actions, verdict, status and sections, each change citing
 * its source lines in both reports. Pure and deterministic.
 */
export function diff(older: Report, newer: Report): PhaseDiff {
  const changes = {
    metrics: diffMetrics(older, newer),
    gates: diffGates(older, newer),
    issues: diffIssues(older, newer),
    risks: diffRisks(older, newer),
    actions: diffActions(older, newer),
    sections: diffSections(older, newer),
  };
  return {
    schemaVersion: DIFF_SCHEMA_VERSION,
    older: reportRef(older),
    newer: reportRef(newer),
    summary: summarizeDiff(changes),
    headline: findHeadline(changes.metrics),
    verdict: diffVerdict(older, newer),
    status: diffStatus(older, newer),
    ...changes,
  };
}
