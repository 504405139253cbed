import { LoggerService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';

/** What the router needs. */
export interface RouterOptions {
  logger: LoggerService;
}

/** Builds the plugin's HTTP routes. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const router = Router();
  router.use(express.json());
  options.logger.debug('mlops-maturity router created');
  return router;
}
