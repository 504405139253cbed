import {
  defaultModel,
  type OverviewEntityRow,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { csvCell, csvHeader, csvLine, csvRow } from './csv';

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['mid=dle', 'mid=dle'],
  ])('writes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes numbers, booleans and missing values as they are', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(72.5)).toBe('72.5');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
  });

  it('ends lines with CRLF', () => {
    expect(csvLine(['a', null, 1])).toBe('a,,1\r\n');
  });
});

describe('csvRow', () => {
  const row: OverviewEntityRow = {
    entityRef: 'component:default/x',
    kind: 'component',
    namespace: 'default',
    name: 'x',
    title: '=cmd|"/c calc"!A1',
    ownerRef: 'group:default/team-a',
    systemRef: null,
    domainRef: null,
    lifecycle: 'production',
    type: 'ml-service',
    tags: ['gpu', 'critical'],
    status: 'assessed',
    overallLevelId: 'initial',
    areas: { development: { levelId: 'basic', score: 12.5 } },
    assessedAt: '2026-01-01T00:00:00.000Z',
    assessedBy: '@ana',
    submissionId: 's1',
    stale: false,
    reviewed: false,
    modelVersion: '1.0.0',
  };

  it('writes one cell per header column, neutralising formulas', () => {
    const header = csvHeader(defaultModel).trimEnd().split(',');
    const line = csvRow(defaultModel, row);
    expect(line).toBe(
      'component:default/x,x,"\'=cmd|""/c calc""!A1",group:default/team-a,,,production,ml-service,gpu critical,assessed,initial,' +
        "basic,12.5,,,,,,,2026-01-01T00:00:00.000Z,'@ana,false,false,1.0.0\r\n",
    );
    expect(header).toHaveLength(24);
    expect(header[9]).toBe('status');
  });

  it("labels a provisional service's levels, never as assessed ones", () => {
    const line = csvRow(defaultModel, {
      ...row,
      status: 'provisional',
      submissionId: null,
      assessedAt: null,
      assessedBy: null,
    });
    expect(line.split(',').slice(9, 12)).toEqual([
      'provisional',
      'initial (provisional)',
      'basic (provisional)',
    ]);
  });
});
