/** Number formatting shared by the report tables and budget checks. */
/** Milliseconds with sensible precision. */
export const ms = (value: number) =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
/** `value / floor` as "1.23×". */
export const ratio = (value: number, floor: number) => `${(value / floor).toFixed(2)}×`;
/** KB with one decimal. */
export const kb = (value: number) => value.toFixed(1);
/** A CPU ratio, or a dash when CPU time is unknown. */
export const cpuRatio = (value: number | null, floor: number | null) =>
  value === null || floor === null ? '–' : `${(value / floor).toFixed(2)}×`;
/** " (CPU 1.23×)" after an in-page ratio, when known. */
export const cpuNote = (value: number | null, floor: number | null) =>
  value === null || floor === null ? '' : ` (CPU ${cpuRatio(value, floor)})`;
/** A page file name without `.html`, cut to 48 characters. */
export const short = (file: string) => file.replace(/\.html$/, '').slice(0, 48);
