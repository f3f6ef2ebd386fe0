// The date written into outputs: SOURCE_DATE_EPOCH when set
// (https://reproducible-builds.org/specs/source-date-epoch/), otherwise the
// latest date found in the sources, otherwise none.
import { InvalidSourceDateEpochError } from './errors.js';

/**
 * `sourceDateEpoch` is the raw environment value (the caller reads the
 * environment); `sourceDates` are dates taken from the inputs.
 */
export function buildDate(sourceDateEpoch: string | undefined, sourceDates: readonly (Date | undefined)[] = []): Date | undefined {
  if (sourceDateEpoch !== undefined && sourceDateEpoch.trim() !== '') {
    const value = sourceDateEpoch.trim();
    if (!/^\d+$/.test(value)) throw new InvalidSourceDateEpochError(sourceDateEpoch);
    return new Date(Number(value) * 1000);
  }
  const valid = sourceDates.filter((d): d is Date => d !== undefined && !Number.isNaN(d.getTime()));
  if (valid.length === 0) return undefined;
  return new Date(Math.max(...valid.map((d) => d.getTime())));
}
