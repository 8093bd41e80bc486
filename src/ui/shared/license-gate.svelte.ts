/**
 * A feature's settings behind its licence agreement (Data Loss Prevention, Email Encryption): the
 * first Enable… (on the encryption page, ticking its Enable check box, as the vendor guide orders it) shows the agreement (LicenseDialog); Accept goes on to the settings form, Cancel
 * leaves everything as it was (and the dialog gives focus back to Enable…).
 */
import { always, fieldToFill, focusSoon } from './focus.ts';

export class LicenseGate {
  /** The agreement is showing. */
  agreement = $state(false);
  /** The settings form is open. */
  editing = $state(false);
  /** The settings form, once shown (`bind:this`): Accept takes the keyboard to it. */
  form = $state<HTMLFormElement>();

  /** Opens the settings form (its Edit Settings… button goes away: the keyboard follows into the form), or the agreement first when it was never accepted. */
  open(accepted: boolean): void {
    if (accepted) {
      this.editing = true;
      focusSoon(() => this.form && fieldToFill(this.form));
    } else this.agreement = true;
  }

  /** The agreement was accepted: on to the form, at the field the learner must fill (the administrator's address), not at the top of the page. */
  accept = (): void => {
    this.agreement = false;
    this.editing = true;
    // Always: focus may still sit on Accept inside the closing dialog.
    focusSoon(() => this.form && fieldToFill(this.form), { when: always });
  };

  /** The agreement was declined. */
  decline = (): void => {
    this.agreement = false;
  };
}
