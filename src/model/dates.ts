// Dates written into outputs, shared by every stage that writes one: the
// build date (SOURCE_DATE_EPOCH when set, see
// https://reproducible-builds.org/specs/source-date-epoch/, otherwise the
// latest date found in the sources, otherwise none), a manual's timestamp,
// and the parts Typst's datetime takes.
import { UsageError } from '../errors.js';
import type { Manual } from './types.js';

/** SOURCE_DATE_EPOCH set to something that is not a whole number of seconds. */
export class InvalidSourceDateEpochError extends UsageError {
  constructor(value: string) {
    super(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, not "${value}"`);
    this.name = 'InvalidSourceDateEpochError';
  }
}

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

/** The date of a manual's PDFs: SOURCE_DATE_EPOCH, else the newest `reviewed` date, else the epoch. */
export function manualTimestamp(manual: Manual, sourceDateEpoch: string | undefined): number {
  const dates: Date[] = [];
  for (const m of manual.modules) {
    for (const f of Object.values(m.files)) {
      if (f?.meta?.reviewed) dates.push(new Date(`${f.meta.reviewed}T00:00:00Z`));
    }
  }
  const d = buildDate(sourceDateEpoch, dates);
  return d ? Math.floor(d.getTime() / 1000) : 0;
}

/** Seconds → the fields of Typst's `datetime(..)`, in UTC. */
export function dateParts(seconds: number): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const d = new Date(seconds * 1000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}
