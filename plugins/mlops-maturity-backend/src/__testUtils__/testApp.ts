import type {
  AuditorService,
  AuditorServiceEvent,
} from '@backstage/backend-plugin-api';
import {
  mockErrorHandler,
  mockServices,
  type TestDatabases,
} from '@backstage/backend-test-utils';
import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AuthorizeResult,
  type AuthorizePermissionRequest,
  type QueryPermissionRequest,
} from '@backstage/plugin-permission-common';
import {
  DEFAULT_ENTITY_SELECTORS,
  defaultModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import express from 'express';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { Knex } from 'knex';
import type { AssessmentStore } from '../database/AssessmentStore';
import { DatabaseAssessmentStore } from '../database/DatabaseAssessmentStore';
import type { EntityEvidenceResult, EvidenceService } from '../evidence';
import {
  EvidenceSnapshotStore,
  type EvidenceSnapshot,
} from '../evidence/EvidenceSnapshotStore';
import {
  CampaignNotifier,
  DEFAULT_REMINDER_DAYS,
} from '../campaigns/campaignNotifications';
import { CampaignService } from '../campaigns/CampaignService';
import { createRouter } from '../service/createRouter';
import type { RouterOptions } from '../service/RouterOptions';
import { DatabaseOverviewStore } from '../overview/DatabaseOverviewStore';
import { OverviewRefresher } from '../overview/OverviewRefresher';
import type { IndexRefresher, OverviewStore } from '../overview/OverviewStore';
import { fraudScorer, website } from './fixtures';

/** An audit event as the fake auditor recorded it. */
export interface RecordedAuditEvent {
  eventId: string;
  meta: unknown;
  outcome?:
    | { status: 'succeeded'; meta?: unknown }
    | { status: 'failed'; error: Error };
}

/** An evidence service over a list of entities, with no evidence found. */
export function fakeEvidenceService(entities: Entity[]): EvidenceService {
  return {
    load: jest.fn(async (entityRef: string): Promise<EntityEvidenceResult> => {
      const entity = entities.find(e => stringifyEntityRef(e) === entityRef);
      if (!entity)
        throw new NotFoundError(`The catalog has no entity ${entityRef}`);
      return { entity, evidence: {}, status: 'available' };
    }),
  };
}

/** Options of {@link createTestApp}. */
export interface TestAppOptions {
  knex?: Knex;
  entities?: Entity[];
  /** Permission names that are denied; everything else is allowed. */
  denied?: string[];
  evidence?: EvidenceService;
  store?: AssessmentStore;
  /** The catalog the index refresher reads. */
  catalog?: CatalogService;
  /** Default: 60 minutes. */
  evidenceMaxAgeMs?: number;
  now?: () => Date;
  /** Default: the index on `knex`. */
  overview?: OverviewStore;
  /** Default: a refresher over `knex` and `catalog`. */
  refresher?: IndexRefresher;
  staleAfterDays?: number;
  /**
   * `mlopsMaturity.submission.minimumCompleteness`. Default: 0, so that
   * tests about something else can submit a few answers; the tests of the
   * rule set it (the plugin's own default is 1).
   */
  minimumCompleteness?: number;
  /** `mlopsMaturity.overview.minimumAssessedForMedian`; default: the plugin's (1). */
  minimumAssessedForMedian?: number;
  /** Default: an auditor that records events in `auditEvents`. */
  auditor?: AuditorService;
  /**
   * Where campaign notifications go; with it (and `knex`) a new campaign's
   * start notifications are sent when it is created.
   */
  notifications?: NotificationService;
}

/** Stands in for the index when a test has no database for it. */
const noIndex = new Proxy(
  {},
  {
    get() {
      return () => Promise.reject(new Error('This test app has no index'));
    },
  },
) as OverviewStore & IndexRefresher;

/** Snapshots in memory, for a test app whose store has no database. */
export function memorySnapshots(): RouterOptions['snapshots'] {
  const rows = new Map<string, EvidenceSnapshot>();
  return {
    get: async ref => rows.get(ref),
    put: async snapshots => {
      for (const snapshot of snapshots) rows.set(snapshot.entityRef, snapshot);
    },
  };
}

/** The router on an express app with Backstage's error handler, over a real database from TestDatabases. */
export async function createTestApp(options: TestAppOptions = {}) {
  const entities = options.entities ?? [fraudScorer, website];
  let store = options.store;
  if (!store) {
    if (!options.knex) throw new Error('createTestApp needs a knex or a store');
    store = await DatabaseAssessmentStore.create({
      database: mockServices.database({ knex: options.knex }),
    });
  }

  const denied = new Set(options.denied ?? []);
  const decide = (
    requests: Array<AuthorizePermissionRequest | QueryPermissionRequest>,
  ) =>
    requests.map(r => ({
      result: denied.has(r.permission.name)
        ? AuthorizeResult.DENY
        : AuthorizeResult.ALLOW,
    }));
  const permissions = mockServices.permissions.mock({
    authorize: jest.fn(async requests => decide(requests)) as any,
    authorizeConditional: jest.fn(async requests => decide(requests)) as any,
  });

  const auditEvents: RecordedAuditEvent[] = [];
  const auditor =
    options.auditor ??
    mockServices.auditor.mock({
      createEvent: jest.fn(async ({ eventId, meta }) => {
        const recorded: RecordedAuditEvent = { eventId, meta };
        auditEvents.push(recorded);
        const event: AuditorServiceEvent = {
          success: async opts => {
            recorded.outcome = { status: 'succeeded', meta: opts?.meta };
          },
          fail: async opts => {
            recorded.outcome = { status: 'failed', error: opts.error };
          },
        };
        return event;
      }),
    });

  const evidence = options.evidence ?? fakeEvidenceService(entities);
  const catalog = options.catalog ?? catalogServiceMock({ entities });
  const logger = mockServices.logger.mock();
  const overview =
    options.overview ??
    (options.knex
      ? await DatabaseOverviewStore.create({
          database: mockServices.database({ knex: options.knex }),
          model: defaultModel,
        })
      : noIndex);
  const refresher =
    options.refresher ??
    (options.knex
      ? new OverviewRefresher({
          db: options.knex,
          catalog,
          auth: mockServices.auth(),
          model: defaultModel,
          entities: DEFAULT_ENTITY_SELECTORS,
          collectors: new Map(),
          collectorTimeoutMs: 100,
          snapshots: new EvidenceSnapshotStore(options.knex),
          logger,
          now: options.now,
        })
      : noIndex);
  const campaigns = options.knex
    ? new CampaignService({
        db: options.knex,
        model: defaultModel,
        staleAfterDays: options.staleAfterDays ?? 180,
        now: options.now,
      })
    : undefined;
  const router = await createRouter({
    model: defaultModel,
    store,
    overview,
    refresher,
    evidence,
    snapshots: options.knex
      ? new EvidenceSnapshotStore(options.knex)
      : memorySnapshots(),
    evidenceMaxAgeMs: options.evidenceMaxAgeMs ?? 60 * 60_000,
    auth: mockServices.auth(),
    httpAuth: mockServices.httpAuth(),
    permissions,
    auditor,
    logger,
    entities: DEFAULT_ENTITY_SELECTORS,
    staleAfterDays: options.staleAfterDays ?? 180,
    minimumCompleteness: options.minimumCompleteness ?? 0,
    minimumAssessedForMedian: options.minimumAssessedForMedian,
    campaigns,
    campaignNotifier:
      campaigns && options.notifications
        ? new CampaignNotifier({
            campaigns,
            notifications: options.notifications,
            model: defaultModel,
            logger,
            reminderDays: DEFAULT_REMINDER_DAYS,
          })
        : undefined,
    now: options.now,
  });
  const app = express().use(router).use(mockErrorHandler());
  return {
    app,
    router,
    store,
    permissions,
    auditEvents,
    evidence,
    overview,
    refresher,
    catalog,
  };
}

/**
 * The `setup` of router tests: an app over a fresh SQLite database from
 * `databases`, with the given options.
 */
export function sqliteTestApp(databases: TestDatabases) {
  return async (options: Omit<TestAppOptions, 'knex'> = {}) =>
    createTestApp({ knex: await databases.init('SQLITE_3'), ...options });
}
