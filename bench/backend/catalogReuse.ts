/**
 * `--reuse-catalog`: ingesting 10,000 services into the real catalog takes
 * minutes, so a later run may keep the catalog's database from an earlier
 * run and start with everything ingested. A marker file per database
 * remembers which generated catalog file was ingested; reuse is refused when
 * the file has changed since (another `--entities`, another generator).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG_FILE, DATA_DIR } from '../paths';
import type { BenchDatabase } from './databases';

function markerFile(database: BenchDatabase): string {
  return join(DATA_DIR, `${database}-catalog.sha256`);
}

/** A fingerprint of the generated catalog file. */
export function catalogFingerprint(): string {
  return createHash('sha256').update(readFileSync(CATALOG_FILE)).digest('hex');
}

/** Throws unless the database holds an ingested catalog of this very file. */
export function assertReusableCatalog(
  database: BenchDatabase,
  fingerprint: string,
): void {
  const marker = markerFile(database);
  const ingested = existsSync(marker)
    ? readFileSync(marker, 'utf8').trim()
    : undefined;
  if (ingested !== fingerprint) {
    throw new Error(
      `--reuse-catalog: the ${database} catalog database does not hold the current ` +
        `.data/bench/catalog.yaml (${
          ingested ? 'the file changed' : 'no earlier complete run'
        }); ` +
        'run once without --reuse-catalog',
    );
  }
}

/** Records that the catalog of `fingerprint` is fully ingested in the database. */
export function rememberIngestedCatalog(
  database: BenchDatabase,
  fingerprint: string,
): void {
  writeFileSync(markerFile(database), `${fingerprint}\n`);
}

/** Forgets the ingested catalog (before the database is emptied). */
export function forgetIngestedCatalog(database: BenchDatabase): void {
  rmSync(markerFile(database), { force: true });
}
