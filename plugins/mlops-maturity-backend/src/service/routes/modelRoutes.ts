import {
  MODEL_LANGUAGES,
  localizeModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Router } from 'express';
import { z } from 'zod';
import type { EntityAccess } from '../EntityAccess';
import type { RouterOptions } from '../RouterOptions';
import { parseInput } from '../validation';

const modelQuerySchema = z.object({ lang: z.enum(MODEL_LANGUAGES).optional() });

/** `GET /model`: the active model, in one language or (without `lang`) in all. */
export function registerModelRoutes(
  router: Router,
  options: RouterOptions,
  access: EntityAccess,
) {
  router.get('/model', async (req, res) => {
    await access.readerCredentials(req);
    const { lang } = parseInput(modelQuerySchema, req.query, 'query');
    res.json(lang ? localizeModel(options.model, lang) : options.model);
  });
}
