import fs from 'node:fs/promises';
import path from 'node:path';
import {
  defaultModel,
  parseModelFile,
  type MaturityModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';

/** The config key that points at a custom model file. */
export const MODEL_FILE_CONFIG_KEY = 'mlopsMaturity.model.file';

/**
 * The active model: the default one, or the file named by
 * `mlopsMaturity.model.file` (resolved against the working directory).
 * Throws when the file cannot be read or is invalid; the message names the
 * config key, the file and each offending path inside it, so the backend
 * stops at start-up with an actionable error.
 */
export async function loadModel(modelFile?: string): Promise<MaturityModel> {
  if (!modelFile) return defaultModel;
  const filePath = path.resolve(process.cwd(), modelFile);
  let text: string;
  try {
    text = await fs.readFile(filePath, 'utf8');
  } catch (error) {
    throw new Error(
      `Cannot read the maturity model file ${filePath} set in ${MODEL_FILE_CONFIG_KEY}: ${
        (error as Error).message
      }`,
    );
  }
  try {
    return parseModelFile(text, filePath);
  } catch (error) {
    throw new Error(
      `Invalid maturity model file ${filePath} set in ${MODEL_FILE_CONFIG_KEY}:\n${
        (error as Error).message
      }`,
    );
  }
}
