import type { JsonObject } from '../engine/model';
import { ResponseTooLargeError } from '../errors';

/**
 * The bytes of stored values one response may carry (MAX_RESPONSE_SIZE_MB), charged as item
 * pages and exports are read, before they are turned into a response: a page of large items
 * is refused with 400 RESPONSE_TOO_LARGE instead of building hundreds of megabytes. One per
 * request (createServices), shared by every field of the operation.
 */
export class ResponseBudget {
  private used = 0;

  constructor(readonly maxBytes: number) {}

  /** Adds `bytes`; throws RESPONSE_TOO_LARGE once the request's total is over the limit. */
  charge(bytes: number): void {
    this.used += bytes;
    if (this.used <= this.maxBytes) return;
    const mb = Math.round((this.maxBytes / (1024 * 1024)) * 10) / 10;
    throw new ResponseTooLargeError(
      `This answer would carry more than ${mb} MB of item data (MAX_RESPONSE_SIZE_MB); ask for smaller pages ("first"), or fewer fields of large items.`,
      { limit: this.maxBytes },
    );
  }

  /**
   * Charges one item's name, attributes and metadata as JSON text (`jsonLength` when the
   * caller read that text already).
   */
  chargeItem(item: {
    readonly name: string;
    readonly attributes: JsonObject;
    readonly metadata?: JsonObject | null;
    readonly jsonLength?: number;
  }): void {
    this.charge(
      item.jsonLength ??
        item.name.length +
          JSON.stringify(item.attributes).length +
          (item.metadata ? JSON.stringify(item.metadata).length : 0),
    );
  }
}

/** No limit (services used outside a request: seeding, scripts). */
export const UNLIMITED_RESPONSE = new ResponseBudget(Number.POSITIVE_INFINITY);
