/** The tutorial panel's "Download progress record": the completion record (src/tutorial/progress-record.ts) as a JSON file. */
import type { TutorialSnapshot } from '../../api/tutorial.ts';
import { APP_VERSION } from '../../engine/version.ts';
import { progressRecord } from '../../tutorial/progress-record.ts';
import { downloadText } from '../shared/download.ts';

/** Downloads the record of the simulation in `snapshot`, dated now (real time) and at the snapshot's simulated time; answers what the notice says. */
export function downloadProgress(snapshot: TutorialSnapshot): string {
  const record = progressRecord(snapshot, Date.now(), APP_VERSION);
  const fileName = `tutorial-progress-${record.exportedAt.replace(/[-:]/g, '').slice(0, 15)}.json`;
  downloadText(fileName, `${JSON.stringify(record, null, 2)}\n`);
  return `Downloaded ${fileName}: ${record.done} of ${record.of} lessons done.`;
}
