import {
  MODEL_LANGUAGES,
  type Localized,
  type MaturityModel,
  type ModelLanguage,
  type ToolName,
} from './types';

/**
 * A tool's name in one language: a product name as it is, a generic name in
 * that language.
 * @public
 */
export function toolNameIn(tool: ToolName, lang: ModelLanguage): string {
  return typeof tool === 'string' ? tool : tool[lang];
}

function isLocalizedText(
  value: object,
): value is Record<ModelLanguage, string> {
  const keys = Object.keys(value);
  return (
    keys.length === MODEL_LANGUAGES.length &&
    MODEL_LANGUAGES.every(
      lang => typeof (value as Record<string, unknown>)[lang] === 'string',
    )
  );
}

function localize(value: unknown, lang: ModelLanguage): unknown {
  if (Array.isArray(value)) return value.map(item => localize(item, lang));
  if (value === null || typeof value !== 'object') return value;
  if (isLocalizedText(value)) return value[lang];
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    result[key] = localize(item, lang);
  }
  return result;
}

/**
 * Returns a copy of the model with every text in one language, the shape the
 * backend serves for `GET /model?lang=`. Ids, credits and rules are unchanged.
 * @public
 */
export function localizeModel(
  model: MaturityModel,
  lang: ModelLanguage,
): Localized<MaturityModel> {
  return localize(model, lang) as Localized<MaturityModel>;
}
