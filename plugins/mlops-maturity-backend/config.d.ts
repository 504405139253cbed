export interface Config {
  /**
   * Configuration of the MLOps maturity plugin family.
   */
  mlopsMaturity?: {
    /**
     * Which catalog entities are ML services and get a maturity scorecard.
     * An entity matches when its kind equals `kind` and, if `types` is
     * given, its `spec.type` is one of them (compared without regard to
     * case). Any other entity gets 404 from the API. Default: Components of
     * type `ml-service`, `model-server` or `ml-pipeline`.
     * @visibility frontend
     */
    entities?: Array<{
      /**
       * Entity kind, for example `Component`.
       * @visibility frontend
       */
      kind: string;
      /**
       * Accepted values of `spec.type`; leave out to accept every entity of the kind.
       * @visibility frontend
       */
      types?: string[];
    }>;

    /**
     * Days after which a submitted assessment counts as stale. Default: 180.
     * @visibility frontend
     */
    staleAfterDays?: number;

    /**
     * Campaigns (organisation-wide goals with a deadline).
     */
    campaigns?: {
      /**
       * Whole days before a campaign's deadline at which the teams still
       * missing its goal get a reminder notification. Default: [14, 3].
       */
      reminderDays?: number[];
    };

    /**
     * What a submission must contain.
     */
    submission?: {
      /**
       * The share (0 to 1) of applicable criteria a submission must cover:
       * answered, marked not applicable with a reason, or detected from
       * sufficient catalog evidence. The backend refuses a submission below
       * it with 400 naming the missing criteria; unanswered criteria of an
       * accepted submission count as not met. Default: 1 (every criterion).
       */
      minimumCompleteness?: number;
    };

    /**
     * How long, in milliseconds, the backend waits for an evidence
     * collector that sets no `timeoutMs` of its own before recording its
     * evidence as unavailable. Default: 2000.
     */
    collectorTimeoutMs?: number;

    /**
     * How long, in seconds, the backend waits for each catalog request
     * (reading an entity and its related entities for evidence, and every
     * page the index refresh reads) before giving up on it. A scorecard read
     * then shows the evidence as unavailable; a write answers 503 and saves
     * nothing; an index refresh is abandoned (503 for
     * `POST /overview/refresh`, a warning for the scheduled one) and the
     * next one starts afresh. Above 0, at most 3600. Default: 5.
     */
    catalogTimeoutSeconds?: number;

    /**
     * Evidence snapshots: a scorecard is computed from evidence kept per ML
     * service, refreshed by the scheduled catalog refresh and by every write,
     * so that reading a scorecard does not wait on the catalog.
     */
    permissions?: {
      /**
       * How long (in seconds) a caller's permission decisions for reads are
       * reused. They come from `authorizeConditional`, which names no
       * entity; conditions are still applied to each entity. A policy change,
       * or a change of the caller's groups, takes effect for reads within
       * this time; writes always ask the permission backend. 0: never reuse.
       * Default: 10; at most 300.
       */
      cacheSeconds?: number;
    };

    evidence?: {
      /**
       * How old (in minutes) an entity's evidence may be before a read looks
       * at the catalog and collectors again; when they cannot be read, the
       * old evidence is served and marked `stale`. Keep it above the refresh
       * frequency. Default: 60.
       */
      maxAgeMinutes?: number;
    };

    /**
     * The scheduled catalog refresh of the organisation index (what
     * `/overview`, `/overview/entities`, the export, trends and team reports
     * read). Submissions update the index at once; the refresh picks up
     * catalog changes (owners, systems, domains, tags, new and removed
     * services) and evidence. It runs on one replica at a time.
     */
    refresh?: {
      /**
       * How often the refresh runs: a duration such as `{ minutes: 30 }`, a
       * cron expression `{ cron: '0 * * * *' }`, or `{ trigger: 'manual' }`
       * to run it only through `POST /overview/refresh`.
       * Default: `{ minutes: 30 }`.
       */
      frequency?:
        | {
            years?: number;
            months?: number;
            weeks?: number;
            days?: number;
            hours?: number;
            minutes?: number;
            seconds?: number;
            milliseconds?: number;
          }
        | { cron: string }
        | { trigger: 'manual' };
      /**
       * How long one refresh may run before another replica may start one.
       * Default: `{ minutes: 10 }`.
       */
      timeout?: {
        hours?: number;
        minutes?: number;
        seconds?: number;
        milliseconds?: number;
      };
      /**
       * How long after start-up the first refresh runs, so that a fresh
       * backend fills the index quickly. Default: `{ seconds: 10 }`, none
       * with a manual `frequency` (the scheduler would otherwise run it once).
       */
      initialDelay?: {
        hours?: number;
        minutes?: number;
        seconds?: number;
        milliseconds?: number;
      };
    };

    /**
     * The maturity model. Leave out to use the default model.
     */
    model?: {
      /**
       * Path of a model file (`.yaml`, `.yml` or `.json`) that replaces the
       * default model, resolved against the backend's working directory.
       * The backend refuses to start when the file is invalid, naming the
       * file and each offending path inside it.
       */
      file?: string;
    };

    /**
     * The organisation views.
     */
    overview?: {
      /**
       * How many services of a group must have a level in an area before
       * the organisation page shows the group's median level there; a group
       * with fewer says "too few assessed for a median" instead. A whole
       * number, at least 1. Default: 1.
       */
      minimumAssessedForMedian?: number;
    };

    /**
     * The catalog backend module `catalogModuleMlopsMaturityLabels`, which
     * writes each ML service's status and overall level as the labels
     * `mlops-maturity.io/status` and `mlops-maturity.io/overall-level`.
     */
    catalogLabels?: {
      /**
       * Seconds between two loads of every service's level from the plugin
       * (`GET /overview/levels`). A submission reaches the labels within
       * this time plus the catalog's processing interval. Above 0, at most
       * 86400. Default: 60.
       */
      refreshIntervalSeconds?: number;
      /**
       * Deadline of each request of a load, in seconds; a load with a
       * failed or late request keeps the levels loaded before. Above 0, at
       * most 3600. Default: 10.
       */
      timeoutSeconds?: number;
      /**
       * Services per request, 1 to 5000. Default: 1000.
       */
      pageSize?: number;
    };

    /**
     * Demo data. Leave out in production.
     */
    seed?: {
      /**
       * Path of a YAML or JSON file of demo assessments, resolved against the
       * backend's working directory: a list of
       * `{ entityRef, submissions: [{ submittedAt, submittedBy, answers }], draft?: { answers, updatedBy, updatedAt? }, targets? }`.
       * Times are ISO 8601 or `-<n>d` (n days before the import). It is
       * imported at start-up only when the database holds no assessment at
       * all, so existing data is never changed.
       */
      file?: string;
    };
  };
}
