import {
  MATURITY_OVERALL_LEVEL_LABEL,
  MATURITY_STATUS_LABEL,
  OVERVIEW_LEVELS_DEFAULT_LIMIT,
  OVERVIEW_LEVELS_MAX_LIMIT,
  isValidLabelValue,
  maturityLabelsOf,
  overviewLevelsQuerySchema,
} from './catalogLabels';

describe('isValidLabelValue', () => {
  it.each(['managed', 'level-2', 'L2', 'a.b_c', 'x'.repeat(63)])(
    'accepts %p',
    value => expect(isValidLabelValue(value)).toBe(true),
  );

  it.each(['', '-managed', 'managed-', 'a--b', 'a b', 'é', 'x'.repeat(64)])(
    'rejects %p',
    value => expect(isValidLabelValue(value)).toBe(false),
  );
});

describe('maturityLabelsOf', () => {
  it('sets the status and the level of an assessed service', () => {
    expect(
      maturityLabelsOf({ status: 'assessed', overallLevelId: 'managed' }),
    ).toEqual({
      [MATURITY_STATUS_LABEL]: 'assessed',
      [MATURITY_OVERALL_LEVEL_LABEL]: 'managed',
    });
  });

  it('sets the level of a provisional service, marked provisional', () => {
    expect(
      maturityLabelsOf({ status: 'provisional', overallLevelId: 'initial' }),
    ).toEqual({
      [MATURITY_STATUS_LABEL]: 'provisional',
      [MATURITY_OVERALL_LEVEL_LABEL]: 'initial',
    });
  });

  it('sets only the status of a service that is not assessed', () => {
    expect(
      maturityLabelsOf({ status: 'not-assessed', overallLevelId: null }),
    ).toEqual({ [MATURITY_STATUS_LABEL]: 'not-assessed' });
  });

  it('leaves off a level id that is no valid label value', () => {
    expect(
      maturityLabelsOf({ status: 'assessed', overallLevelId: 'level 2' }),
    ).toEqual({ [MATURITY_STATUS_LABEL]: 'assessed' });
  });

  it('sets nothing when the level is not known', () => {
    expect(maturityLabelsOf(undefined)).toEqual({});
  });
});

describe('overviewLevelsQuerySchema', () => {
  it('defaults the limit', () => {
    expect(overviewLevelsQuerySchema.parse({})).toEqual({
      limit: OVERVIEW_LEVELS_DEFAULT_LIMIT,
    });
  });

  it('reads after and limit', () => {
    expect(
      overviewLevelsQuerySchema.parse({
        after: 'component:default/a',
        limit: '10',
      }),
    ).toEqual({ after: 'component:default/a', limit: 10 });
  });

  it.each([
    [{ limit: '0' }, 'limit'],
    [{ limit: String(OVERVIEW_LEVELS_MAX_LIMIT + 1) }, 'limit'],
    [{ limit: 'ten' }, 'limit'],
    [{ after: '' }, 'after'],
  ])('rejects %p naming %p', (query, field) => {
    const result = overviewLevelsQuerySchema.safeParse(query);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual([field]);
  });

  it('rejects unknown parameters', () => {
    expect(overviewLevelsQuerySchema.safeParse({ offset: '1' }).success).toBe(
      false,
    );
  });
});
