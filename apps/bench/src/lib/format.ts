// Markdown rendering of results: tables, numbers with a sensible precision, ratios and target marks.

/**
 * A Markdown table; cells are escaped for `|`. Every row is padded to the header's width. The first
 * column and those listed in `textColumns` are left-aligned, the (numeric) others right-aligned.
 */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  textColumns: readonly number[] = [],
): string {
  const esc = (cell: string): string => cell.replaceAll('|', '\\|').replaceAll('\n', ' ');
  const line = (cells: readonly string[]): string =>
    `| ${header.map((_, i) => esc(cells[i] ?? '')).join(' | ')} |`;
  const align = header.map((_, i) => (i === 0 || textColumns.includes(i) ? ':---' : '---:'));
  return [line(header), `| ${align.join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** A number with at most `digits` significant digits kept for small values, thousands grouped. */
export function num(value: number | undefined, digits = 3): string {
  if (value === undefined || !Number.isFinite(value)) return 'n/a';
  const abs = Math.abs(value);
  if (abs >= 1000) return Math.round(value).toLocaleString('en-US');
  if (abs === 0) return '0';
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(abs)));
  return value.toFixed(Math.min(decimals, 6));
}

/** `1.23×`, or `n/a`. */
export function times(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a';
}

export function bytes(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return 'n/a';
  const abs = Math.abs(value);
  if (abs >= 1024 * 1024) return `${(value / 1024 / 1024).toFixed(1)} MiB`;
  if (abs >= 1024) return `${(value / 1024).toFixed(1)} KiB`;
  return `${Math.round(value)} B`;
}

export type TargetStatus = 'met' | 'missed' | 'n/a';

export function mark(status: TargetStatus): string {
  return status === 'met' ? '✅ met' : status === 'missed' ? '❌ missed' : '— n/a';
}

/** met when `ok`, n/a when the value could not be measured. */
export function check(value: number, ok: (v: number) => boolean): TargetStatus {
  if (!Number.isFinite(value)) return 'n/a';
  return ok(value) ? 'met' : 'missed';
}

/** `a ×3, b ×1`: counts by name, in insertion order ('' for none). */
export function describeCounts(counts: Readonly<Record<string, number>>): string {
  return Object.entries(counts)
    .map(([k, v]) => `${k} ×${v}`)
    .join(', ');
}
