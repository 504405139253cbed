import {
  MODEL_LANGUAGES,
  buildReport,
  mlopsMaturityScorecardReadPermission,
  renderReportMarkdown,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Router } from 'express';
import { z } from 'zod';
import type { EntityAccess } from '../EntityAccess';
import type { RouterOptions } from '../RouterOptions';
import { scoreEntity } from '../scoreEntity';
import { parseInput } from '../validation';

const reportQuerySchema = z.object({
  format: z.enum(['json', 'markdown']).default('json'),
  lang: z.enum(MODEL_LANGUAGES).default('en'),
});

/** `GET /reports/{kind}/{namespace}/{name}?format=json|markdown&lang=en|pt-BR`. */
export function registerReportRoutes(
  router: Router,
  options: RouterOptions,
  access: EntityAccess,
) {
  router.get('/reports/:kind/:namespace/:name', async (req, res) => {
    const entityRef = access.entityRef(req);
    const { format, lang } = parseInput(reportQuerySchema, req.query, 'query');
    const credentials = await access.readerCredentials(req);
    await access.require(
      mlopsMaturityScorecardReadPermission,
      entityRef,
      credentials,
    );
    const evidence = await access.evidence(entityRef, credentials, 'read');
    const { scorecard, latest } = await scoreEntity(
      options,
      entityRef,
      evidence,
    );
    const report = buildReport(options.model, scorecard, {
      lang,
      entityRef,
      entityTitle:
        evidence.entity?.metadata.title ?? evidence.entity?.metadata.name,
      assessed: latest
        ? { by: latest.submittedBy, at: latest.submittedAt }
        : null,
      generatedAt: options.now?.() ?? new Date(),
    });
    if (format === 'markdown') {
      res
        .type('text/markdown; charset=utf-8')
        .send(renderReportMarkdown(report));
    } else {
      res.json(report);
    }
  });
}
