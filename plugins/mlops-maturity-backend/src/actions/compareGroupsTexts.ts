import type { ModelLanguage } from '@mlops-maturity/plugin-mlops-maturity-common';

/** The figures one sentence of `compare-groups` puts in words. */
export interface GroupSentenceInput {
  title: string;
  /** The median level's title; null without one. */
  median: string | null;
  /** One decimal; null without a score (and always for the overall level). */
  mean: number | null;
  organisationMean: number | null;
  withLevel: number;
  services: number;
  below: boolean;
}

/** The wording of `compare-groups` in one language. */
export interface CompareGroupsTexts {
  group(figures: GroupSentenceInput): string;
  /** The opening sentence: how many groups, which area, weakest first. */
  heading(area: string, groups: number): string;
}

const en: CompareGroupsTexts = {
  group: f =>
    `${f.title}: median ${f.median ?? 'no level'}` +
    (f.mean !== null
      ? `, mean score ${f.mean}${
          f.organisationMean !== null
            ? ` (organisation ${f.organisationMean})`
            : ''
        }`
      : '') +
    `, ${f.withLevel} of ${f.services} service${
      f.services === 1 ? '' : 's'
    } with a level` +
    (f.below ? '; below the organisation.' : '.'),
  heading: (area, groups) =>
    `${groups} group${groups === 1 ? '' : 's'} in ${area}, weakest first.`,
};

const ptBR: CompareGroupsTexts = {
  group: f =>
    `${f.title}: mediana ${f.median ?? 'sem nível'}` +
    (f.mean !== null
      ? `, pontuação média ${String(f.mean).replace('.', ',')}${
          f.organisationMean !== null
            ? ` (organização ${String(f.organisationMean).replace('.', ',')})`
            : ''
        }`
      : '') +
    `, ${f.withLevel} de ${f.services} serviço${
      f.services === 1 ? '' : 's'
    } com nível` +
    (f.below ? '; abaixo da organização.' : '.'),
  heading: (area, groups) =>
    `${groups} grupo${
      groups === 1 ? '' : 's'
    } em ${area}, do mais fraco ao mais forte.`,
};

/** The wording per model language. */
export const COMPARE_GROUPS_TEXTS: Record<ModelLanguage, CompareGroupsTexts> = {
  en,
  'pt-BR': ptBR,
};
