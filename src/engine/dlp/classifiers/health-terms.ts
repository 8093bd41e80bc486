/** Health terms: medical conditions, treatments and records vocabulary (HIPAA and HITECH templates). */
import type { ClassifierDef } from './types.ts';
import { terms } from './terms.ts';

export const healthTerms: ClassifierDef = {
  id: 'health-terms',
  name: 'Health Information Terms',
  description: 'Words and phrases of protected health information: diagnoses, conditions, treatments, prescriptions and medical records. Each distinct term adds its weight to the score.',
  context: [],
  contextScore: 0,
  terms: terms([
    'diagnosis:20', 'diagnosed:20', 'diagnoses:20', 'prognosis:20', 'medical record:25', 'medical records:25', 'medical history:20',
    'patient:10', 'patients:10', 'treatment:10', 'treatment plan:20', 'prescription:15', 'prescribed:15', 'medication:10', 'dosage:10',
    'chemotherapy:25', 'oncology:20', 'cancer:20', 'tumor:20', 'diabetes:20', 'hiv:25', 'hepatitis:20', 'pregnancy:15',
    'mental health:20', 'depression:15', 'schizophrenia:25', 'bipolar:20', 'psychiatric:20', 'surgery:15', 'biopsy:20',
    'lab results:15', 'blood test:15', 'insulin:15', 'clinical:10', 'health insurance:15', 'medicare:15', 'medicaid:15',
    'protected health information:30', 'phi:15', 'discharge summary:25', 'admitted:5', 'physician:10', 'hospital:10',
    'allergies:10', 'immunization:10', 'symptoms:10', 'therapy:10', 'radiology:15', 'mri:10', 'pathology:15', 'cardiology:15',
    'hipaa:10', 'health plan:10', 'medical condition:20', 'substance abuse:25', 'rehabilitation:10',
  ]),
};
