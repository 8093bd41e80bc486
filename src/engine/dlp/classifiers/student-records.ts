/** Student records vocabulary (FERPA template). */
import type { ClassifierDef } from './types.ts';
import { terms } from './terms.ts';

export const studentRecords: ClassifierDef = {
  id: 'student-records',
  name: 'Student Records',
  description:
    'Terms of education records protected by FERPA: transcripts, grades, GPA, enrolment, disciplinary and financial aid records.',
  context: [],
  contextScore: 0,
  terms: terms([
    'student id:20',
    'student number:20',
    'transcript:20',
    'transcripts:20',
    'gpa:20',
    'grade point average:25',
    'grades:10',
    'enrollment:10',
    'enrolment:10',
    'disciplinary record:30',
    'financial aid:20',
    'class schedule:10',
    'student record:25',
    'education record:30',
    'education records:30',
    'ferpa:15',
    'academic probation:25',
    'report card:15',
  ]),
};
