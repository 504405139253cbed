import type {
  RootConfigService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';

/** A duration written as an object such as `{ minutes: 30 }`. */
type HumanDuration = Partial<
  Record<
    | 'years'
    | 'months'
    | 'weeks'
    | 'days'
    | 'hours'
    | 'minutes'
    | 'seconds'
    | 'milliseconds',
    number
  >
>;

const DURATION_UNITS = [
  'years',
  'months',
  'weeks',
  'days',
  'hours',
  'minutes',
  'seconds',
  'milliseconds',
] as const;

/** The refresh schedule when nothing is configured. */
export const DEFAULT_REFRESH_SCHEDULE = {
  frequency: { minutes: 30 },
  timeout: { minutes: 10 },
  // Short, so that a freshly started demo shows its numbers quickly.
  initialDelay: { seconds: 10 },
} as const;

function readDuration(
  config: RootConfigService,
  key: string,
  allowZero = false,
): HumanDuration | undefined {
  const section = config.getOptionalConfig(key);
  if (!section) return undefined;
  const duration: HumanDuration = {};
  for (const name of section.keys()) {
    if (!(DURATION_UNITS as readonly string[]).includes(name)) {
      throw new Error(
        `Invalid config ${key}: unknown unit '${name}'; use ${DURATION_UNITS.join(
          ', ',
        )}`,
      );
    }
    const value = section.getNumber(name);
    if (!(value >= 0)) {
      throw new Error(`Invalid config ${key}.${name}: must be 0 or more`);
    }
    duration[name as keyof HumanDuration] = value;
  }
  if (!allowZero && !Object.values(duration).some(v => v! > 0)) {
    throw new Error(`Invalid config ${key}: the duration must be above 0`);
  }
  return duration;
}

function readFrequency(
  config: RootConfigService,
  key: string,
): SchedulerServiceTaskScheduleDefinition['frequency'] | undefined {
  const cron = config.getOptionalString(`${key}.cron`);
  if (cron) return { cron };
  if (config.getOptionalString(`${key}.trigger`) === 'manual') {
    return { trigger: 'manual' };
  }
  return readDuration(config, key);
}

/**
 * The schedule of the catalog refresh from `mlopsMaturity.refresh`
 * (`frequency`, `timeout`, `initialDelay`), with defaults. Always global:
 * with several replicas, one of them runs each refresh.
 */
export function readRefreshSchedule(
  config: RootConfigService,
): SchedulerServiceTaskScheduleDefinition {
  const base = 'mlopsMaturity.refresh';
  const frequency =
    readFrequency(config, `${base}.frequency`) ??
    DEFAULT_REFRESH_SCHEDULE.frequency;
  const manual = 'trigger' in frequency;
  // The scheduler runs even a manual task once after an initial delay, so
  // a manual refresh gets one only when it is configured.
  const initialDelay =
    readDuration(config, `${base}.initialDelay`, true) ??
    (manual ? undefined : DEFAULT_REFRESH_SCHEDULE.initialDelay);
  return {
    frequency,
    timeout:
      readDuration(config, `${base}.timeout`) ??
      DEFAULT_REFRESH_SCHEDULE.timeout,
    ...(initialDelay ? { initialDelay } : {}),
    scope: 'global',
  };
}
