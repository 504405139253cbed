import type {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  campaignInputSchema,
  mlopsMaturityCampaignManagePermission,
  type Campaign,
  type CampaignMissingService,
  type CampaignListResponse,
  type CampaignResponse,
  type EntityCampaignsResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Request, Router } from 'express';
import { withPermissionDeadline } from '../../access/permissionDeadline';
import type { AssessmentService } from '../../assessments/AssessmentService';
import type { CampaignService } from '../../campaigns/CampaignService';
import { csvLine } from '../../overview/csv';
import { auditedWrite, type AuditMeta } from '../audit';
import type { EntityAccess } from '../EntityAccess';
import {
  authorizeOverviewRead,
  requireOverviewPermission,
} from '../overviewAccess';
import type { RouterOptions } from '../RouterOptions';
import { parseInput } from '../validation';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The campaign id of the path; 400 naming it when it cannot be one. */
function campaignId(req: Request): string {
  const { id } = req.params;
  if (!UUID.test(id)) {
    throw new InputError(`Invalid path: id: '${id}' is not a campaign id`);
  }
  return id.toLowerCase();
}

/**
 * Who a write is recorded as: the signed-in user, or a backend service
 * (an automation with a service token) by its subject; both need
 * `mlops-maturity.campaign.manage`.
 */
async function managerOf(options: RouterOptions, req: Request) {
  const credentials = await requireOverviewPermission(
    options,
    req,
    mlopsMaturityCampaignManagePermission,
  );
  return credentials.principal.type === 'user'
    ? credentials.principal.userEntityRef
    : credentials.principal.subject;
}

/** Whether the caller of a read may also manage campaigns (drives the UI's buttons). */
async function canManage(
  options: RouterOptions,
  credentials: BackstageCredentials<
    BackstageUserPrincipal | BackstageServicePrincipal
  >,
): Promise<boolean> {
  if (credentials.principal.type !== 'user') return false;
  const [decision] = await withPermissionDeadline(
    () =>
      options.permissions.authorize(
        [{ permission: mlopsMaturityCampaignManagePermission }],
        { credentials },
      ),
    {
      logger: options.logger,
      failure: 'The campaign permission could not be checked',
      message: 'Permissions could not be checked; try again shortly',
    },
  );
  return decision.result === AuthorizeResult.ALLOW;
}

/** What the audit log records of a campaign. */
function auditOf(campaign: Campaign): AuditMeta {
  return {
    id: campaign.id,
    title: campaign.title,
    scope: campaign.scope as AuditMeta,
    goal: campaign.goal as AuditMeta,
    startsOn: campaign.startsOn,
    deadline: campaign.deadline,
    status: campaign.status,
  };
}

/**
 * The campaign routes: reads need `mlops-maturity.overview.read` and count
 * only the services the caller may read in the catalog (like the
 * organisation views); creating, editing and closing need
 * `mlops-maturity.campaign.manage` and are audited. The per-service read
 * needs the entity's scorecard read, like the card it feeds.
 */
export function registerCampaignRoutes(
  router: Router,
  options: RouterOptions & {
    campaigns: CampaignService;
    access: EntityAccess;
    service: AssessmentService;
  },
) {
  const { campaigns, model } = options;
  const inputSchema = campaignInputSchema(model);

  router.get('/campaigns', async (req, res) => {
    const reader = await authorizeOverviewRead(options, req);
    const [items, manage] = await Promise.all([
      campaigns.store.list(),
      canManage(options, reader.credentials),
    ]);
    const body: CampaignListResponse = { items, canManage: manage };
    res.json(body);
  });

  router.post('/campaigns', async (req, res) => {
    const campaign = await auditedWrite(
      {
        auditor: options.auditor,
        request: req,
        eventId: 'campaign-create',
        meta: {},
        logger: options.logger,
      },
      async () => {
        const by = await managerOf(options, req);
        const input = parseInput(inputSchema, req.body, 'campaign');
        const created = await campaigns.store.create(
          input,
          by,
          campaigns.clock().now,
        );
        return { result: created, changes: auditOf(created) };
      },
    );
    // The burn-up's first point now rather than at the next scheduled run;
    // the campaign is stored either way, so a failure here is only logged.
    await campaigns
      .recordPoint(campaign)
      .catch(error =>
        options.logger.warn(
          `The first progress point of campaign ${
            campaign.id
          } could not be written: ${String(error)}`,
        ),
      );
    res.status(201).json(campaign);
    // The teams hear of a campaign in force at once; not awaited, so the
    // notifications backend's pace never delays the answer. The claims make
    // the hourly task skip what this sent, and retry what it could not.
    options.campaignNotifier
      ?.notifyCampaign(campaign)
      .catch(error =>
        options.logger.warn(
          `The start notifications of campaign ${
            campaign.id
          } could not be sent now; the hourly task retries: ${String(error)}`,
        ),
      );
  });

  router.get('/campaigns/entity/:kind/:namespace/:name', async (req, res) => {
    const read = await options.access.authorizeRead(req);
    const [holding, scored] = await Promise.all([
      campaigns.inForceHolding(read.entityRef),
      options.service.score(read.entityRef, read.evidence),
    ]);
    const body: EntityCampaignsResponse = {
      entityRef: read.entityRef,
      items: campaigns.forScorecard(
        holding,
        scored.scorecard,
        scored.latest?.submittedAt ?? null,
      ),
    };
    res.json(body);
  });

  router.get('/campaigns/:id', async (req, res) => {
    const id = campaignId(req);
    const reader = await authorizeOverviewRead(options, req);
    const [campaign, manage] = await Promise.all([
      campaigns.store.get(id),
      canManage(options, reader.credentials),
    ]);
    const body: CampaignResponse = { campaign, canManage: manage };
    res.json(body);
  });

  router.put('/campaigns/:id', async (req, res) => {
    const campaign = await auditedWrite(
      {
        auditor: options.auditor,
        request: req,
        eventId: 'campaign-update',
        meta: { id: req.params.id },
        logger: options.logger,
      },
      async () => {
        const id = campaignId(req);
        const by = await managerOf(options, req);
        const input = parseInput(inputSchema, req.body, 'campaign');
        const { previous, campaign: updated } = await campaigns.store.update(
          id,
          input,
          by,
          campaigns.clock().now,
        );
        return {
          result: updated,
          changes: { previous: auditOf(previous), campaign: auditOf(updated) },
        };
      },
    );
    res.json(campaign);
  });

  router.post('/campaigns/:id/close', async (req, res) => {
    const campaign = await auditedWrite(
      {
        auditor: options.auditor,
        request: req,
        eventId: 'campaign-close',
        meta: { id: req.params.id },
        logger: options.logger,
      },
      async () => {
        const id = campaignId(req);
        const by = await managerOf(options, req);
        const closed = await campaigns.store.close(
          id,
          by,
          campaigns.clock().now,
        );
        return { result: closed, changes: auditOf(closed) };
      },
    );
    res.json(campaign);
  });

  router.get('/campaigns/:id/progress', async (req, res) => {
    const id = campaignId(req);
    const reader = await authorizeOverviewRead(options, req);
    const campaign = await campaigns.store.get(id);
    const { staleBefore } = campaigns.clock();
    const visibleTo = await reader.visibleTo({
      filters: campaign.scope,
      staleBefore,
    });
    res.json(await campaigns.progress(campaign, visibleTo));
  });

  router.get('/campaigns/:id/export.csv', async (req, res) => {
    const id = campaignId(req);
    const reader = await authorizeOverviewRead(options, req);
    const campaign = await campaigns.store.get(id);
    const { staleBefore } = campaigns.clock();
    const visibleTo = await reader.visibleTo({
      filters: campaign.scope,
      staleBefore,
    });
    const pages = campaigns.allMissing(campaign, visibleTo);
    // The first page is read before the headers go out, so that a failing
    // database is still a 503 and not a cut-off file.
    const first = await pages.next();
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="campaign-${campaign.id}.csv"`,
    );
    res.write(
      csvLine([
        'entityRef',
        'title',
        'owner',
        'status',
        'areasBelowGoal',
        'overallBelowGoal',
        'assessment',
      ]),
    );
    const write = (page: CampaignMissingService[]) => {
      for (const row of page) {
        res.write(
          csvLine([
            row.entityRef,
            row.title,
            row.ownerRef,
            row.status,
            row.shortfall.areas
              .map(
                a =>
                  `${a.areaId}: ${a.levelId ?? 'not assessed'} < ${
                    a.requiredLevelId
                  }`,
              )
              .join('; '),
            row.shortfall.overall
              ? `${row.shortfall.overall.levelId ?? 'none'} < ${
                  row.shortfall.overall.requiredLevelId
                }`
              : '',
            row.shortfall.assessment ?? '',
          ]),
        );
      }
    };
    try {
      if (!first.done && first.value) write(first.value);
      for await (const page of pages) write(page);
    } catch (error) {
      options.logger.warn(
        `The export of campaign ${campaign.id} stopped: ${String(error)}`,
      );
      // Headers are gone: end the response abruptly so the download shows as failed.
      res.destroy();
      return;
    }
    res.end();
  });
}
