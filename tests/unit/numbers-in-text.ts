/**
 * Every number a text states, as a value: digits with thousands separators and decimals, scaled by
 * an English (million, billion, M, B, bn) or Chinese (万/萬, 亿/億) multiplier. Used to check that a
 * translation states exactly the figures of its English source.
 */
const NUMBER = /(\d+(?:,\d{3})*(?:\.\d+)?)\s?(?:(million|billion|bn|M|B)(?![a-z])|([万亿萬億]))?/gi;
const SCALE: Record<string, number> = { million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, 万: 1e4, 亿: 1e8, 萬: 1e4, 億: 1e8 };

export function numbersIn(text: string): number[] {
  return [...text.matchAll(NUMBER)].map((m) => {
    const value = Number(m[1]!.replace(/,/g, ''));
    const unit = (m[2] ?? m[3] ?? '').toLowerCase();
    return Number((value * (SCALE[unit] ?? 1)).toPrecision(10));
  });
}

/** The numbers of `source` that `translation` does not state. */
export function numbersMissing(source: string, translation: string): number[] {
  const have = new Set(numbersIn(translation));
  return [...new Set(numbersIn(source))].filter((n) => !have.has(n));
}
