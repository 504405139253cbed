import type { AreaDefinition } from '../types';
import { monitoringCriteria } from './monitoringCriteria';

/**
 * Monitoring & Maintenance: how models are watched in production and kept
 * healthy over time, from service alerts to automatic feedback loops.
 * @public
 */
export const monitoringArea: AreaDefinition = {
  id: 'monitoring',
  title: {
    en: 'Monitoring & Maintenance',
    'pt-BR': 'Monitoramento e Manutenção',
  },
  description: {
    en: 'How models are watched and kept healthy in production: metrics, alerts, data drift and retraining.',
    'pt-BR':
      'Como os modelos são acompanhados e mantidos saudáveis em produção: métricas, alertas, drift de dados e retreino.',
  },
  levels: {
    basic: {
      summary: {
        en: 'Monitoring is manual and reactive: problems are handled once someone notices them.',
        'pt-BR':
          'O monitoramento é manual e reativo: os problemas são tratados quando alguém os percebe.',
      },
      characteristics: [
        {
          en: 'Problems are dealt with as they come up, never anticipated.',
          'pt-BR':
            'Os problemas são resolvidos à medida que surgem, sem nenhuma antecipação.',
        },
        {
          en: 'There is no structured tooling for continuous tracking and analysis.',
          'pt-BR':
            'Não há ferramentas estruturadas para acompanhamento e análise contínuos.',
        },
      ],
      tools: [
        { en: 'Manual monitoring', 'pt-BR': 'Monitoramento manual' },
        { en: 'Basic logs', 'pt-BR': 'Logs básicos' },
      ],
      challenges: [
        {
          en: 'Slow response when something goes wrong.',
          'pt-BR': 'Resposta lenta quando algo dá errado.',
        },
        {
          en: 'Failures cannot be foreseen.',
          'pt-BR': 'Não é possível prever falhas.',
        },
        {
          en: 'No historical data to analyse.',
          'pt-BR': 'Faltam dados históricos para análise.',
        },
      ],
      benefits: [],
    },
    intermediate: {
      summary: {
        en: 'Basic automated monitoring is in place, with alerts on the events that matter.',
        'pt-BR':
          'Existe um monitoramento automatizado básico, com alertas para os eventos que importam.',
      },
      characteristics: [
        {
          en: 'Automated monitoring collects metrics from the service and the model.',
          'pt-BR':
            'Um monitoramento automatizado coleta métricas do serviço e do modelo.',
        },
        {
          en: 'Alerts are configured for important events.',
          'pt-BR': 'Há alertas configurados para eventos importantes.',
        },
      ],
      tools: ['Prometheus', 'Grafana', 'ELK Stack'],
      challenges: [],
      benefits: [
        {
          en: 'Better visibility into how the models perform.',
          'pt-BR': 'Mais visibilidade sobre o desempenho dos modelos.',
        },
        {
          en: 'Faster response to problems.',
          'pt-BR': 'Resposta mais rápida aos problemas.',
        },
      ],
    },
    advanced: {
      summary: {
        en: 'Monitoring is proactive and predictive, and automatic feedback loops adjust the models from production data.',
        'pt-BR':
          'O monitoramento é proativo e preditivo, e ciclos de feedback automáticos ajustam os modelos a partir dos dados de produção.',
      },
      characteristics: [
        {
          en: 'Predictive analysis spots and mitigates problems before end users notice them.',
          'pt-BR':
            'Análises preditivas identificam e mitigam problemas antes que o usuário final os perceba.',
        },
        {
          en: 'Automatic feedback loops tune the models based on production data.',
          'pt-BR':
            'Ciclos de feedback automáticos ajustam os modelos com base nos dados de produção.',
        },
      ],
      tools: [
        'Datadog',
        'New Relic',
        { en: 'MLOps tools', 'pt-BR': 'Ferramentas de MLOps' },
      ],
      challenges: [],
      benefits: [
        {
          en: 'Highly reliable and available models.',
          'pt-BR': 'Modelos altamente confiáveis e disponíveis.',
        },
        {
          en: 'Models keep adapting and improving.',
          'pt-BR': 'Os modelos se adaptam e melhoram continuamente.',
        },
      ],
    },
  },
  criteria: monitoringCriteria,
};
