/**
 * Domain events of profiles-svc's record on stream EVENTS (`events.<name>`): ids and dates only, never a score or a
 * note (EVENTS is read without an audit record; the timeline reads the check-in through the audited call).
 */
export const CHECK_IN_EVENTS = {
  recorded: 'profiles.checkin.recorded',
} as const;

/** A daily check-in was recorded or replaced (same `checkInId` for the same patient and day). */
export class CheckInRecordedEvent {
  constructor(
    readonly checkInId: string,
    readonly patientId: string,
    /** The patient's day the check-in is for (YYYY-MM-DD). */
    readonly date: string,
    readonly occurredAt: string = new Date().toISOString(),
  ) {}
}
