import type {
  MaturityModel,
  OverviewEntityRow,
} from '@mlops-maturity/plugin-mlops-maturity-common';

/** A spreadsheet reads a cell starting with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180): text a spreadsheet would run as a formula gets a
 * leading apostrophe (the OWASP advice against CSV injection), and a cell
 * with a comma, quote or line break is quoted with its quotes doubled.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line, ending in CRLF as RFC 4180 asks. */
export function csvLine(
  cells: Array<string | number | boolean | null>,
): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** The export's header: entity columns, then a level and a score column per area. */
export function csvHeader(model: MaturityModel): string {
  return csvLine([
    'entity_ref',
    'name',
    'title',
    'owner',
    'system',
    'domain',
    'lifecycle',
    'type',
    'tags',
    'status',
    'overall_level',
    ...model.areas.flatMap(a => [`${a.id}_level`, `${a.id}_score`]),
    'assessed_at',
    'assessed_by',
    'stale',
    'reviewed',
    'model_version',
  ]);
}

/**
 * A level cell: empty without a level (a not-assessed service has none), a
 * provisional service's catalog-only level labelled `<level> (provisional)`
 * so that it is never read as an assessed level.
 */
function levelCell(row: OverviewEntityRow, levelId: string | null) {
  if (levelId === null) return null;
  return row.status === 'provisional' ? `${levelId} (provisional)` : levelId;
}

/** One service as a CSV line, with the columns of {@link csvHeader}. */
export function csvRow(model: MaturityModel, row: OverviewEntityRow): string {
  return csvLine([
    row.entityRef,
    row.name,
    row.title,
    row.ownerRef,
    row.systemRef,
    row.domainRef,
    row.lifecycle,
    row.type,
    row.tags.join(' '),
    row.status,
    levelCell(row, row.overallLevelId),
    ...model.areas.flatMap(a => [
      levelCell(row, row.areas[a.id]?.levelId ?? null),
      row.areas[a.id]?.score ?? null,
    ]),
    row.assessedAt,
    row.assessedBy,
    row.stale,
    row.reviewed,
    row.modelVersion,
  ]);
}
