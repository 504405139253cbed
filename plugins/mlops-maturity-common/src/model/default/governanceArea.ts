import type { AreaDefinition } from '../types';
import { governanceCriteria } from './governanceCriteria';

/**
 * Governance & Compliance: ownership, documentation, access, risk and audits,
 * from manual control to automated, continuous compliance.
 * @public
 */
export const governanceArea: AreaDefinition = {
  id: 'governance',
  title: {
    en: 'Governance & Compliance',
    'pt-BR': 'Governança e Compliance',
  },
  description: {
    en: 'How the service stays documented, controlled and compliant: ownership, documentation, access, risk and audits.',
    'pt-BR':
      'Como o serviço se mantém documentado, controlado e em conformidade: responsabilidade, documentação, acessos, riscos e auditorias.',
  },
  levels: {
    basic: {
      summary: {
        en: 'Documentation is minimal and governance is manual and reactive.',
        'pt-BR': 'A documentação é mínima e a governança é manual e reativa.',
      },
      characteristics: [
        {
          en: 'Little is written down about the model and how it is run.',
          'pt-BR': 'Pouca coisa está registrada sobre o modelo e sua operação.',
        },
        {
          en: 'Governance is done by hand, after the fact.',
          'pt-BR': 'A governança é feita à mão, depois que os fatos acontecem.',
        },
      ],
      tools: [
        { en: 'Documents', 'pt-BR': 'Documentos' },
        { en: 'Spreadsheets', 'pt-BR': 'Planilhas' },
      ],
      challenges: [
        {
          en: 'A high chance of non-compliance.',
          'pt-BR': 'Grande chance de não conformidade.',
        },
        {
          en: 'Audits are hard to answer.',
          'pt-BR': 'É difícil responder a auditorias.',
        },
        {
          en: 'Little control over changes and access.',
          'pt-BR': 'Pouco controle sobre mudanças e acessos.',
        },
      ],
      benefits: [],
    },
    intermediate: {
      summary: {
        en: 'Governance policies are in place, with defined compliance processes and periodic audits.',
        'pt-BR':
          'Há políticas de governança implantadas, com processos de conformidade definidos e auditorias periódicas.',
      },
      characteristics: [
        {
          en: 'Governance policies are implemented and followed.',
          'pt-BR':
            'As políticas de governança estão implementadas e são seguidas.',
        },
        {
          en: 'Compliance follows defined processes, and audits take place at regular intervals.',
          'pt-BR':
            'A conformidade segue processos definidos e as auditorias acontecem em intervalos regulares.',
        },
      ],
      tools: [
        {
          en: 'Documentation management tools',
          'pt-BR': 'Ferramentas de gestão de documentação',
        },
        {
          en: 'Role-based access control',
          'pt-BR': 'Controle de acesso baseado em papéis',
        },
      ],
      challenges: [],
      benefits: [
        {
          en: 'Better compliance.',
          'pt-BR': 'Mais conformidade.',
        },
        {
          en: 'Clearer and more consistent processes.',
          'pt-BR': 'Processos mais claros e consistentes.',
        },
        {
          en: 'Audits are easier to answer.',
          'pt-BR': 'Mais facilidade para responder a auditorias.',
        },
      ],
    },
    advanced: {
      summary: {
        en: 'Governance is automated: compliance is checked continuously, audits run on their own and risks are actively managed.',
        'pt-BR':
          'A governança é automatizada: a conformidade é verificada continuamente, as auditorias rodam sozinhas e os riscos são gerenciados ativamente.',
      },
      characteristics: [
        {
          en: 'Tooling enforces the governance controls.',
          'pt-BR': 'Ferramentas aplicam os controles de governança.',
        },
        {
          en: 'Compliance is continuous and audits are automated.',
          'pt-BR':
            'A conformidade é contínua e as auditorias são automatizadas.',
        },
        {
          en: 'Risks are managed with mature, advanced practices.',
          'pt-BR': 'Os riscos são geridos com práticas maduras e avançadas.',
        },
      ],
      tools: ['Alation', 'Collibra'],
      challenges: [],
      benefits: [
        {
          en: 'High confidence in compliance.',
          'pt-BR': 'Alta confiança na conformidade.',
        },
        {
          en: 'Operations can grow while governance stays robust.',
          'pt-BR':
            'As operações podem crescer sem perder a robustez da governança.',
        },
        {
          en: 'Minimal risk of non-compliance.',
          'pt-BR': 'Risco mínimo de não conformidade.',
        },
      ],
    },
  },
  criteria: governanceCriteria,
};
