/**
 * A member the officer selected on the Xếp hạng sheet, to show in the pane. A new object for each selection,
 * so selecting the same row again scrolls to and focuses its detail again.
 */
export interface MemberReveal {
  code: string;
}
