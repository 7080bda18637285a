export const LABELS = ["size/XS", "size/S", "size/M", "size/L", "size/XL"] as const;

export function sizeFor(lines: number, xl: number): (typeof LABELS)[number] {
  if (lines < 10) return "size/XS";
  if (lines < 100) return "size/S";
  if (lines < 500) return "size/M";
  if (lines < xl) return "size/L";
  return "size/XL";
}
