/**
 * Measures where less is better, read from their words when the sentence has no operator
 * ("Tỷ lệ tăng dân số tự nhiên: 0,9%" is a ceiling, not a floor: a population boom is no success).
 * Issue 13 and domain.md §3: population growth, third births, poverty, malnutrition, accidents, school
 * drop-out, unemployment, crime, the share of farm labour (labour moving to industry and services).
 */
const LOWER = [
  /tăng dân số/u,
  /sinh con thứ/u,
  /(?<![\p{L}])(?:hộ|tỷ lệ|tỉ lệ)\s+(?:\p{L}+\s+){0,2}(?:cận\s+)?nghèo/u,
  /nghèo đa chiều/u,
  /suy dinh dưỡng|thấp còi|nhẹ cân/u,
  /tai nạn|bỏ học|thất nghiệp|tội phạm|tử vong|tảo hôn|ma túy|ma tuý|cháy nổ|nợ đọng|nợ xấu/u,
  /(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng)\s+lao động nông nghiệp/u,
];

/** Whether the measure's words say lower is better. */
export function lowerIsBetter(measure: string): boolean {
  const m = measure.normalize('NFC').toLocaleLowerCase('vi');
  return LOWER.some((re) => re.test(m));
}
