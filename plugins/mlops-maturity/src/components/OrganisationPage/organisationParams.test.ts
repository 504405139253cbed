import {
  DEFAULT_PARAMS,
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
});
