/**
 * The title of the item with this id (a track, a level, a role, a verdict),
 * or the id itself where there is none: a name to show is never missing.
 */
export function titleOf(
  items: readonly { id: string; title: string }[] | undefined,
  id: string,
): string {
  return items?.find((item) => item.id === id)?.title ?? id;
}
