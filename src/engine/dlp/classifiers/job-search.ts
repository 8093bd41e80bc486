/** Job search vocabulary (Acceptable Use: résumés sent out of the company). */
import type { ClassifierDef } from './types.ts';
import { terms } from './terms.ts';

export const jobSearch: ClassifierDef = {
  id: 'job-search',
  name: 'Job Search',
  description:
    'Terms of an employee looking for another job: résumé, curriculum vitae, cover letter, job application, interview availability, references available.',
  context: [],
  contextScore: 0,
  terms: terms([
    'resume:15',
    'curriculum vitae:25',
    'cover letter:20',
    'job application:20',
    'references available:20',
    'job opening:15',
    'interview:10',
    'salary expectations:25',
    'notice period:20',
    'recruiter:15',
    'headhunter:20',
    'career opportunity:15',
  ]),
};
