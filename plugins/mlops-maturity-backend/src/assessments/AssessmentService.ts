import { randomUUID } from 'node:crypto';
import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  NotFoundError,
  stringifyError,
} from '@backstage/errors';
import {
  DEFAULT_MINIMUM_COMPLETENESS,
  buildReport,
  campaignRaisedTargets,
  submissionCompleteness,
  type Answer,
  type AnswerSet,
  type AssessmentResponse,
  type Draft,
  type MaturityModel,
  type MaturityReport,
  type ModelLanguage,
  type Scorecard,
  type ScorecardResponse,
  type Submission,
  type SubmissionSummary,
  type Review,
  type TargetsResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { CampaignService } from '../campaigns/CampaignService';
import type { AssessmentStore } from '../database/AssessmentStore';
import { staleRevision } from '../database/transactions';
import type { EntityEvidence } from '../evidence/SnapshotEvidence';
import { buildIndexEntry } from '../overview/indexEntry';
import type { OverviewStore } from '../overview/OverviewStore';
import { scoreAnswers } from '../scoring/scoreAnswers';
import { levelsOf, targetsInForce } from '../scoring/submissionLevels';
import type { AuditMeta } from '../service/audit';
import type { ReadAccess, WriteAccess } from '../service/EntityAccess';

/** A scorecard with the stored data it was computed from. */
export interface ScoredEntity {
  scorecard: Scorecard;
  latest: Submission | undefined;
  hasDraft: boolean;
  /** Explicit targets. */
  targets: Record<string, string>;
}

/** What {@link AssessmentService} needs. */
export interface AssessmentServiceOptions {
  model: MaturityModel;
  store: AssessmentStore;
  overview: Pick<OverviewStore, 'writeEntry'>;
  logger: LoggerService;
  /** `mlopsMaturity.staleAfterDays`. */
  staleAfterDays: number;
  /**
   * `mlopsMaturity.submission.minimumCompleteness`: the share of applicable
   * criteria a submission must cover; default 1.
   */
  minimumCompleteness?: number;
  /**
   * The campaigns in force: their goals raise a service's effective
   * targets on every read of its scorecard, roadmap, targets and report.
   */
  campaigns?: Pick<CampaignService, 'inForceHolding' | 'forScorecard'>;
  /** The clock; tests pin it. */
  now?: () => Date;
}

/** A write's result and what the audit log records of it. */
export interface AuditedResult<T> {
  result: T;
  changes: AuditMeta;
}

/** Criterion ids whose answer differs between two answer sets. */
function changedCriteria(before: AnswerSet, after: AnswerSet): string[] {
  const same = (a?: Answer, b?: Answer) =>
    JSON.stringify(a) === JSON.stringify(b);
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter(id => !same(before[id], after[id]))
    .sort();
}

/**
 * The review that applies to a scorecard: the entity's latest review when it
 * reviewed the latest submission (a new submission clears the verdicts), and
 * none for a preview of answers not yet submitted.
 */
function pairedReview(
  latest: Submission | undefined,
  review: Review | undefined,
  preview?: AnswerSet,
): Review | undefined {
  if (preview || !latest || !review) return undefined;
  return review.submissionId === latest.id ? review : undefined;
}

/**
 * The plugin's assessment logic: scoring an entity, saving drafts,
 * submitting and changing targets, and everything read from them. Routes
 * parse the request, authorise it through `EntityAccess` and call one
 * method here; this class trusts that the caller was authorised and that
 * answers and targets were validated against the model.
 */
export class AssessmentService {
  constructor(private readonly options: AssessmentServiceOptions) {}

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private minimumCompleteness(): number {
    return this.options.minimumCompleteness ?? DEFAULT_MINIMUM_COMPLETENESS;
  }

  /**
   * Refuses (400) answers that cover too little of the model with the
   * evidence the submission is scored with, naming each missing criterion
   * by id and English question so that a client without the questionnaire
   * can tell what to answer.
   */
  private requireComplete(
    entityRef: string,
    answers: AnswerSet,
    evidence: EntityEvidence,
  ) {
    const { model } = this.options;
    const share = this.minimumCompleteness();
    const result = submissionCompleteness({
      model,
      answers,
      evidence: evidence.evidence,
      minimumShare: share,
    });
    if (result.complete) return;
    const questions = new Map(
      model.areas.flatMap(a => a.criteria.map(c => [c.id, c.question.en])),
    );
    const required =
      share >= 1
        ? 'every applicable criterion'
        : `at least ${
            Math.round(share * 1000) / 10
          }% of the applicable criteria`;
    throw new InputError(
      `The submission of ${entityRef} covers ${result.covered} of ${result.applicable} applicable criteria; ` +
        `it must cover ${required} (answered, not applicable with a reason, or detected from the catalog). ` +
        `Missing: ${result.missing
          .map(id => `${id} (${questions.get(id)})`)
          .join('; ')}`,
    );
  }

  /**
   * Scores an entity from its latest submission, its targets and its
   * evidence. Drafts never count. With `preview`, the given answers stand
   * in for the latest submission, scored as if submitted now.
   */
  async score(
    entityRef: string,
    evidence: EntityEvidence,
    preview?: AnswerSet,
  ): Promise<ScoredEntity> {
    const { store } = this.options;
    const [latest, latestReview, draft, targets, campaigns] = await Promise.all(
      [
        store.getLatestSubmission(entityRef),
        // One more query beside the others, not one per criterion; it applies
        // only when it reviewed the latest submission.
        store.getLatestReview(entityRef),
        store.getDraft(entityRef),
        store.getTargets(entityRef),
        this.options.campaigns?.inForceHolding(entityRef) ?? [],
      ],
    );
    const review = pairedReview(latest, latestReview, preview);
    let scorecard = this.scorecardOf(
      latest,
      targets,
      evidence,
      preview,
      review,
    );
    if (campaigns.length && this.options.campaigns) {
      // A campaign the service misses raises its targets to the goal, so
      // the roadmap leads there; scored again with the raised targets.
      const asked = this.options.campaigns.forScorecard(
        campaigns,
        scorecard,
        latest?.submittedAt ?? null,
      );
      const raised = campaignRaisedTargets(
        this.options.model,
        Object.fromEntries(scorecard.areas.map(a => [a.areaId, a.levelId])),
        targets,
        asked.map(c => c.shortfall),
      );
      if (raised) {
        scorecard = this.scorecardOf(latest, raised, evidence, preview, review);
      }
    }
    return { scorecard, latest, hasDraft: draft !== undefined, targets };
  }

  /** The scorecard of stored data already read; reads nothing. */
  private scorecardOf(
    latest: Submission | undefined,
    targets: Record<string, string>,
    evidence: EntityEvidence,
    preview?: AnswerSet,
    review?: Review,
  ): Scorecard {
    const now = this.now();
    const latestAt = latest ? new Date(latest.submittedAt) : null;
    return scoreAnswers({
      model: this.options.model,
      answers: preview ?? latest?.answers,
      evidence: evidence.evidence,
      now,
      submittedAt: preview ? now : latestAt,
      targets,
      staleAfterDays: this.options.staleAfterDays,
      review,
    });
  }

  /** The scorecard response; with `preview`, what submitting those answers would give. */
  async scorecard(
    access: ReadAccess,
    preview?: AnswerSet,
  ): Promise<ScorecardResponse> {
    const { entityRef, evidence } = access;
    const { scorecard, latest, hasDraft } = await this.score(
      entityRef,
      evidence,
      preview,
    );
    return {
      entityRef,
      scorecard,
      assessed:
        latest && !preview
          ? {
              by: latest.submittedBy,
              at: latest.submittedAt,
              submissionId: latest.id,
            }
          : null,
      hasDraft,
      evidenceStatus: evidence.status,
      evidenceAsOf: evidence.asOf,
      canEdit: access.canEdit,
    };
  }

  /** Unmet criteria up to each area's target, in the order to work on them. */
  async roadmap(access: ReadAccess) {
    const { scorecard } = await this.score(access.entityRef, access.evidence);
    return {
      entityRef: access.entityRef,
      items: scorecard.roadmap,
      targets: targetsInForce(scorecard),
    };
  }

  /** The service report in one of the model's languages. */
  async report(
    access: ReadAccess,
    lang: ModelLanguage,
  ): Promise<MaturityReport> {
    const { entityRef, evidence } = access;
    const { scorecard, latest } = await this.score(entityRef, evidence);
    return buildReport(this.options.model, scorecard, {
      lang,
      entityRef,
      entityTitle:
        evidence.entity?.metadata.title ?? evidence.entity?.metadata.name,
      assessed: latest
        ? { by: latest.submittedBy, at: latest.submittedAt }
        : null,
      generatedAt: this.now(),
    });
  }

  /** Explicit targets and the targets in force. */
  async targets(access: ReadAccess): Promise<TargetsResponse> {
    const scored = await this.score(access.entityRef, access.evidence);
    return {
      entityRef: access.entityRef,
      targets: scored.targets,
      effective: targetsInForce(scored.scorecard),
      canEdit: access.canEdit,
    };
  }

  /** The draft (if any), the revision to save against and the latest submission. */
  async assessment(access: ReadAccess): Promise<AssessmentResponse> {
    const { store } = this.options;
    // The revision is read first: a submission that commits between the two
    // reads makes it stale, so a save based on this response gets 409
    // rather than starting a draft from answers older than that submission.
    const { revision, draft } = await store.getDraftState(access.entityRef);
    const latest = await store.getLatestSubmission(access.entityRef);
    return {
      entityRef: access.entityRef,
      revision,
      draft: draft ?? null,
      latestSubmission: latest ?? null,
      canEdit: access.canEdit,
      minimumCompleteness: this.minimumCompleteness(),
    };
  }

  /** Submissions, newest first, without their answers. */
  history(access: ReadAccess): Promise<SubmissionSummary[]> {
    return this.options.store.listSubmissions(access.entityRef);
  }

  /** One submission with its answers; 404 when the entity has no such submission. */
  async submission(access: ReadAccess, id: string): Promise<Submission> {
    const found = await this.options.store.getSubmission(access.entityRef, id);
    if (!found) {
      throw new NotFoundError(`${access.entityRef} has no submission ${id}`);
    }
    return found;
  }

  /** Saves a draft if the stored one is still at `revision` (409 otherwise). */
  async saveDraft(
    access: WriteAccess,
    input: { revision: number; answers: AnswerSet },
  ): Promise<AuditedResult<Draft>> {
    const { entityRef, credentials } = access;
    const saved = await this.options.store.saveDraft({
      entityRef,
      expectedRevision: input.revision,
      answers: input.answers,
      updatedBy: credentials.principal.userEntityRef,
      updatedAt: this.now(),
    });
    return {
      result: saved.draft,
      changes: {
        entityRef,
        revision: saved.draft.revision,
        changedCriteria: changedCriteria(saved.previousAnswers, input.answers),
      },
    };
  }

  /**
   * Submits the given answers, or the stored draft, with the levels they
   * give now with the evidence just read. The organisation index entry is
   * written in the submission's transaction, so the index always names the
   * latest submission.
   */
  async submit(
    access: WriteAccess,
    input: { answers?: AnswerSet; revision?: number },
  ): Promise<AuditedResult<Submission>> {
    const { model, store } = this.options;
    const { entityRef, credentials, evidence } = access;
    let answers = input.answers;
    let expectedDraftRevision = input.revision;
    if (!answers) {
      const { draft, revision } = await store.getDraftState(entityRef);
      if (!draft) {
        // A draft that existed is gone only by being submitted: when the
        // caller's revision (or, without one, any earlier write) says there
        // was one, someone submitted it first, which is a conflict (as when
        // two pages submit one draft at once), not a malformed request.
        const moved =
          input.revision === undefined
            ? revision > 0
            : input.revision !== revision;
        if (moved) {
          throw input.revision === undefined
            ? new ConflictError(
                `${entityRef} has no draft to submit any more: it was submitted (the assessment is at revision ${revision}). Reload the assessment and try again.`,
              )
            : staleRevision(entityRef, input.revision, revision);
        }
        throw new InputError(
          `${entityRef} has no draft to submit; send the answers in the body`,
        );
      }
      // Only the draft that was read may be submitted.
      expectedDraftRevision ??= draft.revision;
      answers = draft.answers;
    }
    // Checked with the evidence just read, which is also what the
    // submission is scored with: a criterion detected now counts as covered.
    this.requireComplete(entityRef, answers, evidence);
    const submittedAt = this.now();
    const id = randomUUID();
    const submittedBy = credentials.principal.userEntityRef;
    const scorecard = scoreAnswers({
      model,
      answers,
      evidence: evidence.evidence,
      now: submittedAt,
      submittedAt,
      staleAfterDays: this.options.staleAfterDays,
      targets: await store.getTargets(entityRef),
    });
    const index = buildIndexEntry({
      model,
      entity: evidence.fullEntity,
      scorecard,
      latest: { id, submittedAt, submittedBy },
      seenAt: submittedAt,
    });
    const written = await store.submit(
      {
        id,
        entityRef,
        answers,
        submittedBy,
        submittedAt,
        modelId: model.id,
        modelVersion: model.version,
        ...levelsOf(scorecard),
      },
      {
        expectedDraftRevision,
        inTransaction: tx => this.options.overview.writeEntry(index, tx),
      },
    );
    return {
      result: written,
      changes: {
        entityRef,
        submissionId: written.id,
        draftRevision: expectedDraftRevision ?? null,
        modelVersion: written.modelVersion,
        overallLevel: written.overallLevel,
        areaLevels: written.areaLevels,
      },
    };
  }

  /**
   * Removes the draft if the assessment is still at `revision` (409
   * otherwise; 404 when there is no draft). The revision moves on, so a page
   * still showing the discarded draft cannot save it back. Submissions and
   * targets are left as they are.
   */
  async discardDraft(
    access: WriteAccess,
    revision: number,
  ): Promise<AuditedResult<void>> {
    const { entityRef } = access;
    const discarded = await this.options.store.discardDraft({
      entityRef,
      expectedRevision: revision,
    });
    return {
      result: undefined,
      changes: {
        entityRef,
        draftRevision: revision,
        revision: discarded.revision,
        discardedCriteria: Object.keys(discarded.answers).sort(),
      },
    };
  }

  /**
   * Replaces the explicit targets. Targets shape the roadmap, so the
   * service's gaps in the organisation index follow; the targets are saved
   * by then, so a failing index write is only logged and the next catalog
   * refresh catches up.
   */
  async setTargets(
    access: WriteAccess,
    targets: Record<string, string>,
  ): Promise<AuditedResult<TargetsResponse>> {
    const { entityRef, credentials, evidence } = access;
    const { store } = this.options;
    // Read before the write: once the targets are committed, nothing may
    // turn the answer into an error (the client would retry a done change).
    const [latest, latestReview] = await Promise.all([
      store.getLatestSubmission(entityRef),
      store.getLatestReview(entityRef),
    ]);
    const previous = await store.replaceTargets({
      entityRef,
      targets,
      updatedBy: credentials.principal.userEntityRef,
      updatedAt: this.now(),
    });
    const scorecard = this.scorecardOf(
      latest,
      targets,
      evidence,
      undefined,
      pairedReview(latest, latestReview),
    );
    await this.updateIndex(access);
    return {
      result: {
        entityRef,
        targets,
        effective: targetsInForce(scorecard),
        canEdit: true,
      },
      changes: { entityRef, previous, targets },
    };
  }

  /**
   * Rewrites the entity's index entry after a target change from what is
   * stored now. Never throws: the targets are committed by then, and the
   * next catalog refresh catches up with an entry that could not be written.
   */
  private async updateIndex(access: WriteAccess) {
    try {
      const scored = await this.score(access.entityRef, access.evidence);
      const { latest } = scored;
      await this.options.overview.writeEntry(
        buildIndexEntry({
          model: this.options.model,
          entity: access.evidence.fullEntity,
          scorecard: scored.scorecard,
          latest: latest
            ? {
                id: latest.id,
                submittedAt: new Date(latest.submittedAt),
                submittedBy: latest.submittedBy,
              }
            : null,
          seenAt: this.now(),
        }),
      );
    } catch (error) {
      this.options.logger.warn(
        `The organisation index entry of ${
          access.entityRef
        } could not be updated after a target change: ${stringifyError(error)}`,
      );
    }
  }
}
