/**
 * Dates as fact-checkers and tweets write them: "26 May 2015", "January 14, 2020", "stated on
 * October 22, 2019 in a speech:", "2019-10-22". Read to a day number (days since 1970) or NaN.
 */
const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const ISO = /(\d{4})-(\d{2})-(\d{2})/;
const DAY_MONTH_YEAR =
  /\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(\d{4})\b/i;
const MONTH_DAY_YEAR =
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/i;

function dayNumber(y: number, m: number, d: number): number {
  if (m < 1 || m > 12 || d < 1 || d > 31) return NaN;
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

export function readDay(text: string | undefined): number {
  if (!text) return NaN;
  let m = ISO.exec(text);
  if (m) return dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return dayNumber(Number(m[3]), MONTHS[m[1]!.slice(0, 3).toLowerCase()]!, Number(m[2]));
  m = DAY_MONTH_YEAR.exec(text);
  if (m) return dayNumber(Number(m[3]), MONTHS[m[2]!.slice(0, 3).toLowerCase()]!, Number(m[1]));
  return NaN;
}
