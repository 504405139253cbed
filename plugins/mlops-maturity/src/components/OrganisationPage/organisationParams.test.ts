import {
  OVERVIEW_MAX_PAGE_SIZE,
  OVERVIEW_MAX_TREND_MONTHS,
  overviewMaxPage,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import {
  DEFAULT_PARAMS,
  PAGE_SIZES,
  TREND_MONTHS,
  parseOrganisationParams,
  writeOrganisationParams,
} from './organisationParams';

describe('organisation page URL', () => {
  it('reads every filter, the grouping, sort, page and open group', () => {
    const params = parseOrganisationParams(
      new URLSearchParams(
        'groupBy=domain&owner=group:default/a&owner=group:default/b&lifecycle=production&assessed=false&stale=true&sort=area:monitoring:score&order=desc&page=3&pageSize=50&months=24&group=domain:default/risk',
      ),
    );
    expect(params).toEqual({
      grouping: 'domain',
      filters: {
        owner: ['group:default/a', 'group:default/b'],
        lifecycle: ['production'],
        assessed: false,
        stale: true,
      },
      sort: 'area:monitoring:score',
      order: 'desc',
      page: 3,
      pageSize: 50,
      months: 24,
      group: 'domain:default/risk',
    });
  });

  it('keeps the provisional switch in the URL, off unless it says true', () => {
    const on = parseOrganisationParams(
      new URLSearchParams('includeProvisional=true&owner=team-a'),
    );
    expect(on.filters).toEqual({ owner: ['team-a'], includeProvisional: true });
    expect(writeOrganisationParams(on).toString()).toBe(
      'owner=team-a&includeProvisional=true',
    );
    for (const off of [
      '',
      'includeProvisional=false',
      'includeProvisional=1',
    ]) {
      expect(parseOrganisationParams(new URLSearchParams(off)).filters).toEqual(
        {},
      );
    }
    expect(
      writeOrganisationParams(
        { ...on, filters: { owner: ['team-a'], includeProvisional: false } },
        new URLSearchParams('includeProvisional=true'),
      ).toString(),
    ).toBe('owner=team-a');
  });

  it('falls back to the defaults for anything malformed', () => {
    expect(
      parseOrganisationParams(
        new URLSearchParams(
          'groupBy=planet&sort=drop table&order=up&page=-1&pageSize=7&months=0&assessed=maybe',
        ),
      ),
    ).toEqual(DEFAULT_PARAMS);
  });

  it('writes only what differs from the defaults and keeps foreign parameters', () => {
    const search = writeOrganisationParams(
      {
        ...DEFAULT_PARAMS,
        grouping: 'department',
        filters: { system: ['system:default/x'], assessed: true },
        page: 2,
      },
      new URLSearchParams('utm=mail&page=9'),
    );
    expect(search.toString()).toBe(
      'utm=mail&groupBy=department&system=system%3Adefault%2Fx&assessed=true&page=2',
    );
    expect(writeOrganisationParams(DEFAULT_PARAMS).toString()).toBe('');
  });

  it('offers only page sizes and periods the backend accepts', () => {
    expect(Math.max(...PAGE_SIZES)).toBeLessThanOrEqual(OVERVIEW_MAX_PAGE_SIZE);
    expect(Math.max(...TREND_MONTHS)).toBeLessThanOrEqual(
      OVERVIEW_MAX_TREND_MONTHS,
    );
  });

  it('falls back to the first page for a page the backend would refuse', () => {
    const last = overviewMaxPage(50);
    expect(
      parseOrganisationParams(new URLSearchParams(`pageSize=50&page=${last}`))
        .page,
    ).toBe(last);
    for (const page of [String(last + 1), '1e20', '100000000000000000000']) {
      expect(
        parseOrganisationParams(new URLSearchParams(`pageSize=50&page=${page}`))
          .page,
      ).toBe(1);
    }
  });
});
