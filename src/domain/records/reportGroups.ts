import type { ProgressRow } from "../progress/progressRow";

/**
 * The reports among a period's progress rows: the rows grouped by file, sheet and reporting department, in the
 * order first met — one group a report received (报送记录 row, 报送明细 rows).
 * @example reportGroups(rows).map((group) => group[0].department) // ["省经委", "省金融办"]
 */
export function reportGroups(rows: readonly ProgressRow[]): ProgressRow[][] {
  const groups = new Map<string, ProgressRow[]>();
  for (const row of rows) {
    const key = [row.source.file ?? "", row.source.sheet, row.department].join("|");
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  return [...groups.values()];
}
