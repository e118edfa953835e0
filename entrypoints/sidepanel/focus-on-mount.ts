/**
 * A ref callback that puts the cursor in a box the user just asked to edit (they clicked
 * Edit): the focus follows their action, it is never taken from them on load.
 */
export function focusOnMount(el: HTMLInputElement | HTMLTextAreaElement | null): void {
  el?.focus();
}
