// The clean side's parts, straight from core/.
import { findArticle } from '../core/article.ts';
import { hide, restore, watchLateClutter } from '../core/cleanup.ts';
import { findClutter } from '../core/clutter.ts';
import type { CleanSide } from './clean-side.ts';

export function createCleanSide(): CleanSide {
  return { findArticle, findClutter, hide, restore, watchLateClutter };
}
