import {
  OVERVIEW_DEFAULT_PAGE_SIZE,
  OVERVIEW_DEFAULT_TREND_MONTHS,
  OVERVIEW_FILTER_KEYS,
  OVERVIEW_INCLUDE_PROVISIONAL,
  OVERVIEW_LEVEL_FILTERS,
  OVERVIEW_MAX_OFFSET,
  OVERVIEW_MAX_PAGE_SIZE,
  overviewEntitiesQuerySchema,
  overviewFilterParams,
  overviewFiltersOf,
  overviewMaxPage,
  overviewQueryParams,
  overviewTrendsQuerySchema,
  parseOverviewLevelCondition,
  parseOverviewSortKey,
  teamReportQuerySchema,
  type OverviewFilters,
} from './overviewContract';

const AREAS = ['development', 'monitoring'];

/** `URLSearchParams` as Express hands a query to a route: repeated keys as arrays. */
function asExpressQuery(params: URLSearchParams) {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length > 1 ? values : values[0];
  }
  return query;
}

describe('overview query contract', () => {
  it('parses back the filters the writer writes', () => {
    const filters: OverviewFilters = {
      domain: ['domain:default/risk'],
      system: ['system:default/fraud'],
      owner: ['group:default/a', 'group:default/b'],
      lifecycle: ['production'],
      type: ['ml-service'],
      tag: ['gpu'],
      assessed: true,
      stale: false,
    };
    const written = overviewQueryParams(filters, {
      sort: 'area:monitoring:score',
      order: 'desc',
      limit: 25,
      offset: undefined,
    });
    const parsed = overviewEntitiesQuerySchema(AREAS).parse(
      asExpressQuery(written),
    );
    expect(overviewFiltersOf(parsed)).toEqual(filters);
    expect(parsed).toMatchObject({
      sort: { by: 'area', areaId: 'monitoring', what: 'score' },
      order: 'desc',
      limit: 25,
      offset: 0,
    });
  });

  it('has a parser for every filter key', () => {
    expect(Object.keys(overviewFilterParams).sort()).toEqual(
      [
        ...OVERVIEW_FILTER_KEYS,
        ...OVERVIEW_LEVEL_FILTERS,
        OVERVIEW_INCLUDE_PROVISIONAL,
      ].sort(),
    );
  });

  it('reads includeProvisional as a flag, false unless asked, and writes it back', () => {
    expect(overviewTrendsQuerySchema.parse({}).includeProvisional).toBe(
      undefined,
    );
    const parsed = overviewTrendsQuerySchema.parse({
      includeProvisional: 'true',
    });
    expect(parsed.includeProvisional).toBe(true);
    expect(overviewFiltersOf(parsed).includeProvisional).toBe(true);
    expect(
      overviewQueryParams({ includeProvisional: true }).get(
        'includeProvisional',
      ),
    ).toBe('true');
    expect(overviewQueryParams({ includeProvisional: false }).toString()).toBe(
      '',
    );
    expect(
      overviewTrendsQuerySchema.safeParse({ includeProvisional: 'yes' })
        .success,
    ).toBe(false);
    expect(
      teamReportQuerySchema.parse({ includeProvisional: 'false' })
        .includeProvisional,
    ).toBe(false);
  });

  it('normalises refs and case the way the index stores them', () => {
    const parsed = overviewTrendsQuerySchema.parse({
      owner: 'team-a,Group:default/team-b',
      lifecycle: 'Production',
    });
    expect(parsed).toMatchObject({
      owner: ['group:default/team-a', 'group:default/team-b'],
      lifecycle: ['production'],
      months: OVERVIEW_DEFAULT_TREND_MONTHS,
    });
  });

  it('reads sort keys, with areas of the model only when it is given', () => {
    expect(parseOverviewSortKey('assessedAt')).toEqual({ by: 'assessedAt' });
    expect(parseOverviewSortKey('area:any:level')).toEqual({
      by: 'area',
      areaId: 'any',
      what: 'level',
    });
    expect(parseOverviewSortKey('area:any:level', AREAS)).toBeUndefined();
    expect(parseOverviewSortKey('area:development:rank')).toBeUndefined();
    expect(parseOverviewSortKey('colour')).toBeUndefined();
  });

  it('pages by default and bounds every number', () => {
    const schema = overviewEntitiesQuerySchema(AREAS);
    expect(schema.parse({})).toMatchObject({
      offset: 0,
      limit: OVERVIEW_DEFAULT_PAGE_SIZE,
    });
    const issuesOf = (query: Record<string, string>) => {
      const result = schema.safeParse(query);
      return result.success ? [] : result.error.issues.map(i => i.path[0]);
    };
    expect(issuesOf({ offset: String(OVERVIEW_MAX_OFFSET) })).toEqual([]);
    expect(issuesOf({ offset: String(OVERVIEW_MAX_OFFSET + 1) })).toEqual([
      'offset',
    ]);
    expect(issuesOf({ page: '1e20' })).toEqual(['page']);
    expect(issuesOf({ page: '100000000000000000000' })).toEqual(['page']);
    expect(
      issuesOf({
        page: String(overviewMaxPage(OVERVIEW_MAX_PAGE_SIZE)),
        pageSize: String(OVERVIEW_MAX_PAGE_SIZE),
      }),
    ).toEqual([]);
    expect(
      issuesOf({
        page: String(overviewMaxPage(OVERVIEW_MAX_PAGE_SIZE) + 1),
        pageSize: String(OVERVIEW_MAX_PAGE_SIZE),
      }),
    ).toEqual(['page']);
    expect(issuesOf({ limit: String(OVERVIEW_MAX_PAGE_SIZE + 1) })).toEqual([
      'limit',
    ]);
  });
});

describe('the level filters of the overview contract', () => {
  it('round-trip through the writer and the parser, any number of values', () => {
    const filters: OverviewFilters = {
      levelBelow: ['monitoring:intermediate', 'overall:defined'],
      levelAtLeast: ['development:advanced'],
    };
    const parsed = overviewEntitiesQuerySchema(AREAS).parse(
      asExpressQuery(overviewQueryParams(filters)),
    );
    expect(parsed.levelBelow).toEqual([
      'monitoring:intermediate',
      'overall:defined',
    ]);
    expect(overviewFiltersOf(parsed)).toEqual(filters);
  });

  it('refuses a value that is not <scope>:<level>, naming it', () => {
    const result = overviewEntitiesQuerySchema(AREAS).safeParse({
      levelBelow: 'monitoring',
    });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result)).toContain(
      "'monitoring' is not a level condition",
    );
    expect(parseOverviewLevelCondition('a:b:c')).toBeUndefined();
    expect(parseOverviewLevelCondition(' overall:managed ')).toEqual({
      scope: 'overall',
      levelId: 'managed',
    });
  });
});
