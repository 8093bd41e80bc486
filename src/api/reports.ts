/** Monitor > Reports as the clients ask for them. */

/** A report's time range on the simulated clock (ms, GMT, both ends included). */
export interface ReportQuery {
  readonly from: number;
  readonly to: number;
  /** The appliance scope whose enabled policies the details table lists. */
  readonly scope?: string;
  /** One cluster member's incidents (reports are per machine, as on the appliance); all when absent. */
  readonly host?: string;
}
