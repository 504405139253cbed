import {
  MODEL_LANGUAGES,
  renderReportMarkdown,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Router } from 'express';
import { z } from 'zod';
import { parseInput } from '../validation';
import type { EntityRouteContext } from './entityRouteContext';

const reportQuerySchema = z.object({
  format: z.enum(['json', 'markdown']).default('json'),
  lang: z.enum(MODEL_LANGUAGES).default('en'),
});

/** `GET /reports/{kind}/{namespace}/{name}?format=json|markdown&lang=en|pt-BR`. */
export function registerReportRoutes(
  router: Router,
  { access, service }: EntityRouteContext,
) {
  router.get('/reports/:kind/:namespace/:name', async (req, res) => {
    const { format, lang } = parseInput(reportQuerySchema, req.query, 'query');
    const read = await access.authorizeRead(req);
    const report = await service.report(read, lang);
    if (format === 'markdown') {
      res
        .type('text/markdown; charset=utf-8')
        .send(renderReportMarkdown(report));
    } else {
      res.json(report);
    }
  });
}
