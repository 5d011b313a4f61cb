/** Number and table formatting shared by the rows. */

/** Milliseconds with sensible precision. */
export const ms = (value: number) =>
  Number.isNaN(value)
    ? '–'
    : value >= 100
      ? value.toFixed(0)
      : value >= 10
        ? value.toFixed(1)
        : value.toFixed(2);
/** `value / floor` as "1.23×". */
export const ratio = (value: number, floor: number) => `${(value / floor).toFixed(2)}×`;
/** KB with one decimal. */
export const kb = (value: number) => value.toFixed(1);
/** A CPU ratio, or a dash when CPU time is unknown. */
export const cpuRatio = (value: number | null, floor: number | null) =>
  value === null || floor === null ? '–' : `${(value / floor).toFixed(2)}×`;
/** A page file name without `.html`, cut to 48 characters. */
export const short = (file: string) => file.replace(/\.html$/, '').slice(0, 48);

/** A table column: its header and how a row's cell reads. */
export type Column<T> = [header: string, cell: (row: T) => string];

/** A Markdown table, the first column left-aligned and the others right-aligned. */
export function table<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const header = columns.map(([name]) => name);
  const align = columns.map((_, i) => (i === 0 ? '---' : '---:'));
  const body = rows.map((row) => columns.map(([, cell]) => cell(row)));
  return [header, align, ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
