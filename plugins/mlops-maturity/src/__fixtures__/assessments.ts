import type {
  AnswerSet,
  AssessmentResponse,
  Draft,
  RoadmapItem,
  Submission,
  SubmissionHistoryResponse,
  TargetsResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { RoadmapResponse } from '../api';
import { ENTITY_REF } from './model';

/** A draft saved by someone, at a revision. */
export function draft(
  answers: AnswerSet,
  revision = 3,
  by = 'user:default/ana',
): Draft {
  return {
    revision,
    answers,
    updatedBy: by,
    updatedAt: '2025-04-01T09:00:00Z',
  };
}

/** `GET /assessments/...` with or without a draft. */
export function assessmentResponse(
  options: {
    draft?: Draft | null;
    canEdit?: boolean;
    minimumCompleteness?: number;
  } = {},
): AssessmentResponse {
  const d = options.draft ?? null;
  return {
    entityRef: ENTITY_REF,
    revision: d?.revision ?? 0,
    draft: d,
    latestSubmission: null,
    canEdit: options.canEdit ?? true,
    minimumCompleteness: options.minimumCompleteness ?? 1,
  };
}

/** A stored submission with its answers. */
export function submission(
  id: string,
  submittedAt: string,
  overallLevel: string | null,
  scores: { development: number; monitoring: number },
): Submission {
  return {
    id,
    entityRef: ENTITY_REF,
    answers: {
      'dev-vcs': { value: 'yes', note: 'All in Git' },
      'dev-ci': { value: 'manual' },
      'mon-drift': { notApplicable: { reason: 'Batch scoring only' } },
      'old-question': { value: 'yes' },
    },
    submittedBy: 'user:default/ana',
    submittedAt,
    modelId: 'test-model',
    modelVersion: '1.0.0',
    overallLevel,
    areaLevels: {
      development: scores.development >= 50 ? 'intermediate' : 'basic',
      monitoring: 'basic',
    },
    areaScores: scores,
  };
}

/** Two submissions, newest first as the backend lists them. */
export const history: SubmissionHistoryResponse = {
  entityRef: ENTITY_REF,
  items: [
    submission('s2', '2025-03-01T10:00:00Z', 'reproducible', {
      development: 75,
      monitoring: 20,
    }),
    submission('s1', '2024-11-15T10:00:00Z', 'initial', {
      development: 40,
      monitoring: 10,
    }),
  ].map(({ answers: _answers, ...summary }) => summary),
};

/** Targets with their effective values. */
export function targetsResponse(canEdit = true): TargetsResponse {
  return {
    entityRef: ENTITY_REF,
    targets: {},
    effective: { development: 'advanced', monitoring: 'intermediate' },
    canEdit,
  };
}

const roadmapItems: RoadmapItem[] = [
  {
    criterionId: 'mon-alerts',
    areaId: 'monitoring',
    levelId: 'intermediate',
    effort: 'low',
    credit: 0,
    provenance: 'unanswered',
  },
  {
    criterionId: 'dev-tracking',
    areaId: 'development',
    levelId: 'advanced',
    effort: 'medium',
    credit: 0.5,
    provenance: 'answered',
  },
];

/** `GET /roadmap/...`. */
export const roadmap: RoadmapResponse = {
  entityRef: ENTITY_REF,
  items: roadmapItems,
  targets: { development: 'advanced', monitoring: 'intermediate' },
};

/** What the client throws when the backend answers 409 Conflict. */
export function conflictError(): Error {
  return Object.assign(new Error('The draft was saved by someone else'), {
    name: 'ResponseError',
    statusCode: 409,
    response: { status: 409 },
    cause: { name: 'ConflictError', message: 'stale revision' },
  });
}
