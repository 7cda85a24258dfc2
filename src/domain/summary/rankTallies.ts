import type { SummaryTally } from "./tallyEvaluations";

/**
 * Ranks (1 = best) of groups by 达序率, then by average completion ratio; equal on both share a rank
 * and the next rank is skipped (1, 2, 2, 4), as league tables in circulars do.
 * @example rankTallies([{ reachingShare: 0.5, averageRatio: 0.7 }, { reachingShare: 1, averageRatio: 0.9 }]) // [2, 1]
 */
export function rankTallies(tallies: readonly Pick<SummaryTally, "reachingShare" | "averageRatio">[]): number[] {
  const score = (tally: Pick<SummaryTally, "reachingShare" | "averageRatio">): [number, number] => [tally.reachingShare ?? -1, tally.averageRatio ?? -1];
  return tallies.map((tally) => {
    const [share, average] = score(tally);
    return (
      1 +
      tallies.filter((other) => {
        const [otherShare, otherAverage] = score(other);
        return otherShare > share || (otherShare === share && otherAverage > average);
      }).length
    );
  });
}
