import { areaHandlers } from './areas';
import { indexHandlers } from './index-resource';
import { indicatorHandlers } from './indicators';
import { pageBundleHandlers, planHandlers } from './plans';
import { targetGroupHandlers } from './target-groups';

export const handlers = [
  ...indexHandlers,
  ...areaHandlers,
  ...targetGroupHandlers,
  ...planHandlers,
  ...pageBundleHandlers,
  ...indicatorHandlers,
];
