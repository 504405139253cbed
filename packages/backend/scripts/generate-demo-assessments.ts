/*
 * Writes examples/assessments.yaml, the demo assessments the backend loads
 * into an empty database (config key mlopsMaturity.seed.file).
 *
 *   ./run yarn workspace backend generate:demo-assessments
 *
 * The output is deterministic: the same plan, model and examples always give
 * the same file. Edit src/demo/demoAssessmentPlan.ts, not the YAML.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Entity } from '@backstage/catalog-model';
import { defaultModel } from '@mlops-maturity/plugin-mlops-maturity-common';
import { parseAllDocuments } from 'yaml';
import { demoAssessmentPlan } from '../src/demo/demoAssessmentPlan';
import { generateDemoAssessments } from '../src/demo/generateDemoAssessments';
import { renderDemoAssessmentsFile } from './demoAssessmentsFile';

const examples = path.resolve(__dirname, '../../../examples');

function readEntities(file: string): Entity[] {
  const text = fs.readFileSync(path.join(examples, file), 'utf8');
  return parseAllDocuments(text)
    .map(doc => doc.toJS() as Entity | null)
    .filter((entity): entity is Entity => Boolean(entity));
}

async function main() {
  const entities = [
    ...readEntities('ml-services.yaml'),
    ...readEntities('resources.yaml'),
  ];
  const entries = await generateDemoAssessments({
    model: defaultModel,
    entities,
    plan: demoAssessmentPlan,
  });
  const target = path.join(examples, 'assessments.yaml');
  fs.writeFileSync(target, renderDemoAssessmentsFile(entries));
  process.stdout.write(
    `Wrote ${entries.length} services to ${path.relative(
      process.cwd(),
      target,
    )}\n`,
  );
}

main().catch(error => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});
