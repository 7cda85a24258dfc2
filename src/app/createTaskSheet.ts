import { taskTableLayout } from "../domain/layout/taskTableLayout";
import type { Task } from "../domain/task";
import type { WorkbookPort } from "../workbook/workbookPort";

/**
 * Import, write: the tasks as a task table sheet through the port. An existing sheet of that name is replaced only
 * with `overwrite` (the clerk confirmed; else a PortRefusal "foreign-sheet"); with `show`, its A1 is selected.
 * @example await createTaskSheet(port, "任务分解表", imported.tasks, { overwrite: true, show: true });
 */
export async function createTaskSheet(port: WorkbookPort, name: string, tasks: readonly Task[], options: { overwrite?: boolean; show?: boolean } = {}): Promise<string> {
  const layout = taskTableLayout(tasks as Task[], { name });
  await port.writeSheet(layout, options.overwrite === true ? { overwrite: true } : {});
  if (options.show === true) await port.selectCell(layout.name, "A1");
  return layout.name;
}
