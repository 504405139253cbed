import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import {
  evaluateEvidence,
  type AnswerSet,
  type CollectedEvidence,
  type EvidenceSet,
  type MaturityModel,
  type Review,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { scoreAnswers } from '../scoring/scoreAnswers';
import { buildIndexEntry, type IndexEntry } from './indexEntry';
import type { LatestSubmission } from './refreshReads';

/** Everything one service's index entry is computed from during a refresh. */
export interface ServiceInputs {
  entity: Entity;
  /** The related entities its relation rules look at. */
  related: Entity[];
  submission: LatestSubmission | undefined;
  /** The latest review of that submission, if any. */
  review?: Review;
  targets: Record<string, string> | undefined;
  /** Results of the collectors whose evidence can change a level. */
  collected: Record<string, CollectedEvidence>;
  domainRef: string | null;
}

function packageVersion(name: string): string {
  try {
    const file = resolvePackagePath(name, 'package.json');
    return JSON.parse(fs.readFileSync(file, 'utf8')).version ?? '';
  } catch {
    return '';
  }
}

/**
 * What every fingerprint of a refresh shares: the model and the versions of
 * the code that scores with it, so that a new model or an upgrade of the
 * plugin recomputes every entry.
 */
export function fingerprintSalt(model: MaturityModel): string {
  return createHash('sha1')
    .update(
      JSON.stringify([
        model,
        packageVersion('@mlops-maturity/plugin-mlops-maturity-backend'),
        packageVersion('@mlops-maturity/plugin-mlops-maturity-common'),
      ]),
    )
    .digest('base64');
}

/**
 * A hash of a service's inputs. The scoring engine is pure, so equal inputs
 * give an equal entry, and the refresh skips services whose fingerprint is
 * the one stored with their entry. Time is not an input: staleness is
 * computed when the index is read.
 */
export function inputsFingerprint(salt: string, inputs: ServiceInputs): string {
  return createHash('sha1')
    .update(
      JSON.stringify([
        salt,
        inputs.entity,
        inputs.related,
        inputs.submission?.id ?? null,
        inputs.review?.id ?? null,
        inputs.targets ?? null,
        inputs.collected,
        inputs.domainRef,
      ]),
    )
    .digest('base64');
}

/** A service's index entry and the evidence it was scored with. */
export interface ScoredService {
  entry: IndexEntry;
  evidence: EvidenceSet;
  /** `partial` when a collector gave no answer. */
  status: 'available' | 'partial';
}

/** Evaluates a service's evidence and scores its latest answers into an index entry. */
export function scoreService(options: {
  model: MaturityModel;
  inputs: ServiceInputs;
  answers: AnswerSet | undefined;
  fingerprint: string;
  now: Date;
}): ScoredService {
  const { model, inputs, answers, now } = options;
  const evidence = evaluateEvidence(model, {
    entity: inputs.entity,
    related: inputs.related,
    collected: inputs.collected,
  });
  const scorecard = scoreAnswers({
    model,
    answers,
    evidence,
    now,
    submittedAt: inputs.submission?.submittedAt ?? null,
    targets: inputs.targets,
    review: inputs.review,
  });
  const entry = buildIndexEntry({
    model,
    entity: inputs.entity,
    scorecard,
    latest: inputs.submission ?? null,
    domainRef: inputs.domainRef,
    seenAt: now,
    fingerprint: options.fingerprint,
  });
  const collectorFailed = Object.values(inputs.collected).some(
    result => result.status === 'unavailable',
  );
  return {
    entry,
    evidence,
    status: collectorFailed ? 'partial' : 'available',
  };
}
