/**
 * A feature's settings behind its licence agreement (Data Loss Prevention, Email Encryption): the
 * first Enable… shows the agreement (LicenseDialog); Accept goes on to the settings form, Cancel
 * leaves everything as it was.
 */
export class LicenseGate {
  /** The agreement is showing. */
  agreement = $state(false);
  /** The settings form is open. */
  editing = $state(false);

  /** Opens the settings form, or the agreement first when it was never accepted. */
  open(accepted: boolean): void {
    if (accepted) this.editing = true;
    else this.agreement = true;
  }

  /** The agreement was accepted: on to the form. */
  accept = (): void => {
    this.agreement = false;
    this.editing = true;
  };

  /** The agreement was declined. */
  decline = (): void => {
    this.agreement = false;
  };
}
