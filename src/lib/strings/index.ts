import { common } from './common';
import { comparison } from './comparison';
import { kiosk } from './kiosk';
import { meetingPack } from './meeting-pack';
import { sentences } from './sentences';
import { since } from './since';
import { series } from './series';
import { sources } from './sources';
import { status } from './status';
import { targetGroups } from './target-groups';

/**
 * Every user-facing string, in Danish: one folder, one file per part of the
 * app. Components import `strings` from here and never inline text.
 */
export const strings = {
  ...common,
  targetStatus: status,
  series,
  meetingPack,
  targetGroups,
  kiosk,
  sources,
  comparison,
  sentences,
  since,
} as const;

export type Strings = typeof strings;
