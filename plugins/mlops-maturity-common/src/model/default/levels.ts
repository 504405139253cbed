import type { LevelDefinition } from '../types';

/**
 * The per-area ladder of the default model, lowest first. `basic` is the
 * floor: every assessed area starts there, so no criterion gates it.
 * @public
 */
export const defaultLevels: LevelDefinition[] = [
  {
    id: 'basic',
    title: { en: 'Basic', 'pt-BR': 'Básico' },
    description: {
      en: 'Work is done by hand and case by case, with little traceability. This is where every area starts.',
      'pt-BR':
        'O trabalho é feito à mão e caso a caso, com pouca rastreabilidade. É o ponto de partida de toda área.',
    },
  },
  {
    id: 'intermediate',
    title: { en: 'Intermediate', 'pt-BR': 'Intermediário' },
    description: {
      en: 'Tools and defined processes are in place and part of the work is automated, so results can be repeated.',
      'pt-BR':
        'Há ferramentas e processos definidos e parte do trabalho é automatizada, o que permite repetir os resultados.',
    },
  },
  {
    id: 'advanced',
    title: { en: 'Advanced', 'pt-BR': 'Avançado' },
    description: {
      en: 'The practice is fully automated and integrated end to end, with feedback that keeps improving it. Few organisations get here.',
      'pt-BR':
        'A prática é totalmente automatizada e integrada de ponta a ponta, com feedback que a aprimora continuamente. Poucas organizações chegam aqui.',
    },
  },
];
