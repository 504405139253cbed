import path from 'node:path';
import type { LoggerService } from '@backstage/backend-plugin-api';
import type { MaturityModel } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { AssessmentStore } from '../database/AssessmentStore';
import { readSeedFile } from './readSeedFile';

/**
 * Imports the demo data file named by `mlopsMaturity.seed.file` (resolved
 * against the working directory) when the store is empty. An existing
 * database is never changed, so restarting the demo keeps what users did.
 */
export async function seedDemoData(options: {
  seedFile: string;
  store: AssessmentStore;
  model: MaturityModel;
  logger: LoggerService;
  staleAfterDays: number;
  now?: Date;
}): Promise<boolean> {
  const filePath = path.resolve(process.cwd(), options.seedFile);
  const data = await readSeedFile({
    filePath,
    model: options.model,
    now: options.now ?? new Date(),
    staleAfterDays: options.staleAfterDays,
  });
  const imported = await options.store.importSeed(data);
  if (imported) {
    options.logger.info(
      `Imported demo assessments from ${filePath}: ${data.submissions.length} submissions, ` +
        `${data.drafts.length} drafts, targets for ${data.targets.length} entities`,
    );
  } else {
    options.logger.info(
      `Demo assessments in ${filePath} not imported: the database already holds assessments`,
    );
  }
  return imported;
}
