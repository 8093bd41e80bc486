/**
 * The error catalogue: every mistake a learner or an import can make has a code and a plain,
 * learner-facing sentence. Learner mistakes travel as values (`Result`), never as exceptions,
 * because exceptions lose their class and fields when they cross the worker boundary.
 */

/** One problem found in user input, located by a JSON path such as `$.dlp.policies[0].name`. */
export interface Issue {
  readonly path: string;
  readonly message: string;
}

/** Error codes, grouped by concern. */
export const errorMessages = {
  'import.empty': 'The file is empty.',
  'import.too-large': 'The file is too large to be a configuration file.',
  'import.not-json': 'The file is not valid JSON.',
  'import.not-object': 'A configuration file must contain a JSON object.',
  'import.not-export': 'This JSON is not a configuration exported from this simulator.',
  'import.unknown-version': 'The configuration uses a schema version this simulator does not know.',
  'import.future-version': 'The configuration was exported by a newer version of the simulator.',
  'import.forbidden-key': 'The file contains a key that is not allowed in a configuration.',
  // No full stop: the detail goes on “(more than 64 levels) at $.a.a…”.
  'import.too-deep': 'The configuration is too deeply nested',
  'share.empty': 'The link carries nothing to open: it ends where the shared data should begin.',
  'share.too-large': 'The link carries more than a share link from this simulator can.',
  'share.unknown-version': 'The link was made by a version of the simulator that this one cannot read.',
  'share.damaged': 'The link is damaged: it was cut short or altered after it was made.',
  'share.not-share': 'The link opens, but what it carries is not something this simulator shares.',
  'share.unknown-scenario': 'The link names a scenario this version of the simulator does not have.',
  'share.scenario-unreadable': 'The scenario the link names could not be read from the site.',
  'share.unknown-lesson': 'The link names a tutorial lesson this version of the simulator does not have.',
  'text.bad-encoding': 'The file is not readable text (UTF-8, or UTF-16 with a byte order mark).',
  'config.invalid': 'The configuration is not valid.',
  'config.nothing-pending': 'There are no pending changes.',
  'config.unknown-section': 'That configuration section does not exist.',
  'clock.invalid-advance': 'The clock can only move forward, by a whole number of minutes.',
  'mail.eml-empty': 'The .eml file is empty.',
  'mail.eml-broken': 'The file is not a readable email message.',
  'mail.eml-too-deep': 'The message’s MIME parts are nested too deeply to read.',
  'mail.too-large': 'The message is too large.',
  'mail.invalid': 'The message cannot be sent.',
  'mail.not-found': 'That message does not exist (any more).',
  'impact.invalid': 'The impact preview cannot run with these options.',
  'site.not-clustered': 'This appliance is not in a cluster. Create the cluster first (System Administration > Cluster Management).',
  'site.already-clustered': 'The appliance is already in a cluster.',
  'site.pending-changes': 'Commit or abandon the pending changes first: creating or joining a cluster works on committed settings.',
  'site.bad-name': 'A name is 1–64 letters, digits, dots, hyphens or underscores.',
  'site.bad-hostname': 'A host name is a fully qualified domain name such as esa2.example.com.',
  'site.duplicate': 'That name is already in use.',
  'site.unknown-level': 'There is no such cluster, group or machine.',
  'site.unknown-machine': 'There is no such machine in the cluster.',
  'site.section-not-defined':
    'These settings are not defined at this level. Switch to the level that defines them, or use Override settings.',
  'site.section-already-defined': 'These settings are already defined at that level.',
  'site.cluster-must-keep':
    'The Cluster level must keep these settings: machines that inherit them would have none. Copy or move them instead.',
  'site.same-level': 'Choose two different levels.',
  'site.group-not-empty': 'Move the group’s machines to another group first.',
  'site.central-level':
    'DLP message actions must be configured at the same level as the centralized quarantine setting and not overridden below it.',
  'site.central-missing-quarantine': 'A DLP message action names a quarantine that does not exist on the Security Management Appliance.',
  'site.central-off': 'This appliance does not use centralized quarantines.',
  'tutorial.unknown-lesson': 'There is no such lesson.',
  'tutorial.solution-failed': 'The lesson could not be applied.',
  'challenge.unknown': 'There is no such challenge.',
  'challenge.none': 'No challenge is in play. Start one on Simulation > Challenges.',
  'challenge.ended': 'This challenge has ended. Start it again to play once more.',
  'challenge.no-more-hints': 'There are no more hints for this challenge.',
  'challenge.setup-failed': 'The challenge could not be set up; your own state was put back.',
  'challenge.nothing-saved': 'There is no saved state to restore.',
  'challenge.busy': 'Wait for the traffic run to finish or cancel it first: a challenge replaces the whole simulation.',
  'engine.timeout': 'The engine did not answer in time and was restarted. Your saved data is intact.',
  'engine.crashed': 'The engine stopped unexpectedly and was restarted. Your saved data is intact.',
  'engine.unavailable': 'The engine could not start.',
  'engine.failed': 'The engine failed while doing this; nothing was changed by the failed step.',
  'res.request-no-account-name': 'Enter the organisation’s account name, or the number of its existing account.',
  'res.request-bad-account-name': 'An account name is 2–128 characters, without control characters or < >.',
  'res.request-hosted-suffix-missing':
    'A Cloud Email Security (hosted) customer’s account name must end with HOSTED, e.g. “Example Corp HOSTED”.',
  'res.request-unknown-account': 'There is no Registered Envelope Service account with that name or number.',
  'res.request-duplicate-account':
    'An account with that name already exists. To add appliances to it, name it as your existing account instead of asking for a new one.',
  'res.request-no-admin': 'List at least one administrator email address for the new account.',
  'res.request-bad-admin': 'An administrator entry is not a valid email address.',
  'res.request-no-serial': 'List the complete serial number of every appliance that will encrypt (CLI command version, “Serial #”).',
  'res.request-vln':
    'That is a virtual licence number (VLN), not a serial number. Give the appliance serial number printed by the CLI command version, e.g. 42127C7DDEE76852677B-F80CE8074CD3.',
  'res.request-pak':
    'That is a product activation key (PAK), not a serial number. Give the appliance serial number printed by the CLI command version, e.g. 42127C7DDEE76852677B-F80CE8074CD3.',
  'res.request-bad-serial':
    'That is not a complete appliance serial number (a virtual appliance’s is 20 hex characters, a hyphen and 12 hex characters; CLI command version, “Serial #”).',
  'res.request-serial-taken':
    'That serial number is already registered to another account; an appliance belongs to one account. Name that account to add to it.',
  'res.request-no-domain': 'List at least one domain for the new account.',
  'res.request-bad-domain': 'A domain entry is not a domain name (write example.com, without @, http:// or a path).',
  'res.request-nothing-to-add': 'The request adds nothing: every serial number, domain and administrator is already on the account.',
  'res.case-unknown-request': 'There is no provisioning request with that id.',
  'res.case-not-pending': 'That request has been answered already; a support case would not speed anything up.',
  'res.case-already-open': 'A support case is already open for that request.',
  'encryption.provision-disabled': 'Enable Cisco IronPort Email Encryption, accept the licence agreement and commit before provisioning.',
  'encryption.provision-profile-not-committed': 'The profile has been submitted but not committed. Commit your changes, then provision.',
  'encryption.provision-unknown-profile': 'There is no encryption profile with that name in the committed configuration.',
  'encryption.provision-local-key-service':
    'Only profiles that use the Cisco Registered Envelope Service are provisioned; this profile uses a local encryption appliance.',
  'encryption.provision-request-pending':
    'The provisioning request for this appliance has not been fulfilled yet: wait for the provisioning team’s reply.',
  'encryption.provision-unknown-account': 'The Registered Envelope Service account number configured for this appliance does not exist.',
  'encryption.provision-no-account':
    'This appliance’s serial number is not registered to any Registered Envelope Service account. Email the provisioning request to stg-cres-provisioning@cisco.com first (Simulation > RES Portal), and wait for the reply.',
  'encryption.provision-serial-not-on-account':
    'The Registered Envelope Service account does not hold this appliance’s serial number. Ask for the serial number to be added to the account.',
  'encryption.not-enabled': 'Email encryption is not enabled in the committed configuration, so the message could not be encrypted.',
  'encryption.unknown-profile':
    'The encryption profile does not exist in the committed configuration, so the message could not be encrypted.',
  'encryption.not-provisioned':
    'The encryption profile is not provisioned with the Registered Envelope Service, so the message could not be encrypted.',
  'encryption.local-key-server-unreachable':
    'The profile uses a local encryption appliance, which this simulation does not include, so the message could not be encrypted.',
  'encryption.too-large': 'The message is larger than the maximum message size to encrypt, so it was not encrypted and not delivered.',
  'encryption.no-recipients': 'The message has no recipients to encrypt for.',
  'res.envelope-malformed': 'This file is not a Registered Envelope, or it is damaged.',
  'res.envelope-tampered': 'The envelope was altered after it was sent, so it cannot be opened.',
  'res.envelope-unknown': 'The key service has no record of this envelope.',
  'res.not-a-recipient': 'This envelope was not sent to that address. Select a different address.',
  'res.message-locked': 'The sender has locked this message; it cannot be opened.',
  'res.message-expired': 'This message has expired and can no longer be opened.',
  'res.registration-required':
    'Register with the Registered Envelope Service (password and personal security phrase) to open this envelope.',
  'res.password-required': 'Enter your Registered Envelope Service password to open this envelope.',
  'res.wrong-password': 'The password is incorrect.',
  'res.recipient-locked-out': 'Five consecutive failed attempts: the account is locked for one hour.',
  'res.bad-address': 'That is not a valid email address.',
  'res.already-registered': 'That address is already registered with the Registered Envelope Service.',
  'res.weak-password': 'The password must be 8–128 characters, contain letters and digits, and not contain your user name.',
  'res.bad-phrase': 'Enter a personal security phrase of 3–64 characters that differs from your password.',
  'res.reply-requires-registration': 'Register with the Registered Envelope Service to use Secure Reply.',
  'res.reply-all-not-allowed': 'The sender did not enable Secure Reply All for this message.',
  'res.forward-not-allowed': 'The sender did not enable Secure Message Forwarding for this message.',
  'res.forward-no-recipients': 'Enter at least one valid address to forward the message to.',
  'res.unknown-message': 'There is no message with that id.',
  'res.message-already-locked': 'The message is already locked.',
  'res.message-not-locked': 'The message is not locked.',
  'res.bad-expiry': 'Enter a valid expiry date and time.',
} as const;

/** A known error code. */
export type ErrorCode = keyof typeof errorMessages;

/** An error as the UI shows it: a code, its sentence and, for input, the list of problems. */
export interface AppError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly issues?: readonly Issue[];
}

/** The outcome of anything a user can get wrong. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };

/** A successful result. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** A failed result with the catalogue sentence, an optional detail and the located problems. */
export function fail<T = never>(code: ErrorCode, issues?: readonly Issue[], detail?: string): Result<T> {
  const message = detail ? `${errorMessages[code]} ${detail}` : errorMessages[code];
  return { ok: false, error: issues?.length ? { code, message, issues } : { code, message } };
}
