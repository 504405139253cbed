import type {
  AreaResult,
  ProvenanceCounts,
  ScorecardResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { ENTITY_REF } from './model';

const zeroCounts: ProvenanceCounts = {
  reviewed: 0,
  disputed: 0,
  verified: 0,
  'self-attested': 0,
  conflict: 0,
  detected: 0,
  suggested: 0,
  answered: 0,
  unanswered: 5,
  'not-applicable': 0,
};

function area(
  areaId: string,
  levelId: string | null,
  score: number | null,
  criteria: AreaResult['criteria'] = [],
): AreaResult {
  return {
    areaId,
    levelId,
    score,
    progress: {
      levelId: levelId === 'advanced' ? null : 'advanced',
      met: 1,
      total: 2,
      ratio: 0.5,
    },
    targetLevelId: 'advanced',
    targetReached: levelId === 'advanced',
    criteria,
  };
}

/** Options of {@link scorecardResponse}. */
export interface ScorecardFixtureOptions {
  assessed?: boolean;
  stale?: boolean;
  conflicts?: number;
  hasDraft?: boolean;
  canEdit?: boolean;
  /** Criteria with catalog evidence but no answer. */
  suggested?: number;
}

/** A scorecard response as the backend would send it. */
export function scorecardResponse(
  options: ScorecardFixtureOptions = {},
): ScorecardResponse {
  const {
    assessed = true,
    stale = false,
    conflicts = 0,
    hasDraft = false,
    canEdit = true,
    suggested = 0,
  } = options;
  return {
    entityRef: ENTITY_REF,
    canEdit,
    hasDraft,
    evidenceStatus: 'available',
    evidenceAsOf: '2026-03-01T09:00:00.000Z',
    assessed: assessed
      ? {
          by: 'user:default/ana',
          at: '2025-03-01T10:00:00Z',
          submissionId: 's2',
        }
      : null,
    scorecard: {
      modelId: 'test-model',
      modelVersion: '1.0.0',
      overall: { levelId: assessed ? 'reproducible' : null },
      areas: assessed
        ? [
            area('development', 'intermediate', 75, [
              {
                criterionId: 'dev-vcs',
                areaId: 'development',
                levelId: 'intermediate',
                credit: 1,
                met: true,
                provenance: 'verified',
                applicable: true,
                answer: { value: 'yes', note: 'Monorepo since 2023' },
                evidence: {
                  status: 'found',
                  sufficient: false,
                  items: [
                    {
                      source: 'annotation',
                      label: 'github.com/project-slug: acme/fraud',
                      url: 'https://github.com/acme/fraud',
                    },
                  ],
                },
              },
            ]),
            area('monitoring', 'basic', 20),
          ]
        : [
            area('development', null, null, [
              {
                criterionId: 'dev-vcs',
                areaId: 'development',
                levelId: 'intermediate',
                credit: 0,
                met: false,
                provenance: suggested ? 'suggested' : 'unanswered',
                applicable: true,
                evidence: suggested
                  ? {
                      status: 'found',
                      sufficient: false,
                      items: [
                        {
                          source: 'annotation',
                          label: 'github.com/project-slug: acme/fraud',
                          url: 'https://github.com/acme/fraud',
                        },
                      ],
                    }
                  : undefined,
              },
            ]),
            area('monitoring', null, null),
          ],
      staleness: {
        submittedAt: assessed ? '2025-03-01T10:00:00Z' : null,
        staleAt: assessed ? '2025-08-28T10:00:00Z' : null,
        isStale: stale,
      },
      gaps: [],
      roadmap: [],
      counts: { ...zeroCounts, conflict: conflicts, suggested },
    },
  };
}
