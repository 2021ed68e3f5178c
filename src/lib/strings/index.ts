import { common } from './common';
import { meetingPack } from './meeting-pack';
import { series } from './series';
import { status } from './status';

/**
 * Every user-facing string, in Danish: one folder, one file per part of the
 * app. Components import `strings` from here and never inline text.
 */
export const strings = { ...common, targetStatus: status, series, meetingPack } as const;

export type Strings = typeof strings;
