/**
 * The tutorial's completion record: what a trainee downloads to show an instructor. Small and
 * plain — each required lesson and its sub-steps with the state the lessons' own checks give on
 * the current simulation (done, waiting for a commit, not done), the final check's state, and
 * when: the real time of the export and the simulated time the checks read. Pure: the caller
 * passes the snapshot and the real time.
 */
import type { TutorialSnapshot } from '../api/tutorial.ts';
import { lessonState } from './checks.ts';
import { lessonLabel, requiredLessons } from './lessons.ts';
import { finalCheck } from './steps/08-final-check.ts';
import type { CheckState } from './types.ts';

export const PROGRESS_FORMAT = 'dlp-playground-tutorial-progress';

/** One lesson in the record. */
export interface LessonRecord {
  readonly lesson: string;
  readonly id: string;
  readonly title: string;
  readonly state: CheckState;
  readonly steps: readonly { readonly id: string; readonly title: string; readonly state: CheckState }[];
}

/** The downloadable record. */
export interface ProgressRecord {
  readonly format: typeof PROGRESS_FORMAT;
  readonly version: 1;
  readonly appVersion: string;
  /** The real time of the export (ISO 8601). */
  readonly exportedAt: string;
  /** The simulated time the checks read (ISO 8601). */
  readonly simulatedAt: string;
  readonly appliance: { readonly hostname: string; readonly serialNumber: string };
  /** Required lessons done, of how many ("Tutorial 5/8"). */
  readonly done: number;
  readonly of: number;
  /** The final check's state: done only when a card number went out encrypted, was tracked and opened. */
  readonly finalCheck: CheckState;
  readonly lessons: readonly LessonRecord[];
}

/** The record of the simulation in `snapshot`, exported at real time `exportedAt`. */
export function progressRecord(snapshot: TutorialSnapshot, exportedAt: number, appVersion: string): ProgressRecord {
  const records = requiredLessons.map((l): LessonRecord => {
    const steps = l.steps.map((s) => ({ id: s.id, title: s.title, state: s.check(snapshot) }));
    return {
      lesson: lessonLabel(l),
      id: l.id,
      title: l.title,
      state: lessonState(
        steps.map((s) => s.state),
        l.steps,
      ),
      steps,
    };
  });
  return {
    format: PROGRESS_FORMAT,
    version: 1,
    appVersion,
    exportedAt: new Date(exportedAt).toISOString(),
    simulatedAt: new Date(snapshot.now).toISOString(),
    appliance: { hostname: snapshot.committed.appliance.hostname, serialNumber: snapshot.committed.appliance.serialNumber },
    done: records.filter((r) => r.state === 'done').length,
    of: records.length,
    finalCheck: records.find((r) => r.id === finalCheck.id)?.state ?? 'todo',
    lessons: records,
  };
}
