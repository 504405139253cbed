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
  /** What the comparison is called when it compares the overall level. */
  overall: string;
}

const en: CompareGroupsTexts = {
  group: f => {
    const mean =
      f.mean === null
        ? ''
        : `, mean score ${f.mean}${
            f.organisationMean === null
              ? ''
              : ` (organisation ${f.organisationMean})`
          }`;
    const services = `${f.withLevel} of ${f.services} service${
      f.services === 1 ? '' : 's'
    } with a level`;
    const below = f.below ? '; below the organisation' : '';
    return `${f.title}: median ${
      f.median ?? 'no level'
    }${mean}, ${services}${below}.`;
  },
  heading: (area, groups) =>
    `${groups} group${groups === 1 ? '' : 's'} in ${area}, weakest first.`,
  overall: 'Overall level',
};

/** A number with the decimal comma of Brazilian Portuguese. */
const decimalComma = (n: number) => String(n).replace('.', ',');

const ptBR: CompareGroupsTexts = {
  group: f => {
    const mean =
      f.mean === null
        ? ''
        : `, pontuação média ${decimalComma(f.mean)}${
            f.organisationMean === null
              ? ''
              : ` (organização ${decimalComma(f.organisationMean)})`
          }`;
    const services = `${f.withLevel} de ${f.services} serviço${
      f.services === 1 ? '' : 's'
    } com nível`;
    const below = f.below ? '; abaixo da organização' : '';
    return `${f.title}: mediana ${
      f.median ?? 'sem nível'
    }${mean}, ${services}${below}.`;
  },
  heading: (area, groups) =>
    `${groups} grupo${
      groups === 1 ? '' : 's'
    } em ${area}, do mais fraco ao mais forte.`,
  overall: 'Nível geral',
};

/** The wording per model language. */
export const COMPARE_GROUPS_TEXTS: Record<ModelLanguage, CompareGroupsTexts> = {
  en,
  'pt-BR': ptBR,
};
