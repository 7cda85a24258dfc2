/**
 * Notice numbers written short for a sentence: one year's numbers as 〔YYYY〕第N号, runs of consecutive numbers as
 * N–M, others joined by 、; numbers of another shape kept as they are.
 * @example noticeNumberRange(["〔2007〕第1号", "〔2007〕第2号", "〔2007〕第3号"]) // "〔2007〕第1–3号"
 * @example noticeNumberRange(["〔2007〕第1号", "〔2007〕第3号", "〔2007〕第4号"]) // "〔2007〕第1、3–4号"
 */
export function noticeNumberRange(numbers: readonly string[]): string {
  const byYear = new Map<string, number[]>();
  const others: string[] = [];
  for (const number of numbers) {
    const match = /^(〔\d{4}〕)第(\d+)号$/.exec(number);
    if (match === null) others.push(number);
    else byYear.set(match[1], [...(byYear.get(match[1]) ?? []), Number(match[2])]);
  }
  const years = [...byYear.entries()].map(([year, list]) => {
    const sorted = [...new Set(list)].sort((a, b) => a - b);
    const runs: string[] = [];
    for (let start = 0; start < sorted.length; ) {
      let end = start;
      while (end + 1 < sorted.length && sorted[end + 1] === sorted[end] + 1) end += 1;
      runs.push(end === start ? String(sorted[start]) : `${sorted[start]}–${sorted[end]}`);
      start = end + 1;
    }
    return `${year}第${runs.join("、")}号`;
  });
  return [...years, ...others].join("、");
}
