// Undo/redo of the analyst's tag and note edits. Pure: the caller applies the returned edit.
import type { TagStatus } from '../../core/model';

export interface TagState {
  status: TagStatus | null;
  note: string;
}
export interface TagEdit {
  alignmentId: string;
  before: TagState;
  after: TagState;
}
export interface UndoStack {
  done: TagEdit[];
  undone: TagEdit[];
}

export const emptyStack = (): UndoStack => ({ done: [], undone: [] });

const LIMIT = 500;

export function record(stack: UndoStack, edit: TagEdit): UndoStack {
  if (edit.before.status === edit.after.status && edit.before.note === edit.after.note) return stack;
  return { done: [...stack.done.slice(-(LIMIT - 1)), edit], undone: [] };
}

/** Returns the state to apply (the `before` of the last edit) and the new stack, or null if nothing to undo. */
export function undo(stack: UndoStack): { apply: { alignmentId: string; state: TagState }; stack: UndoStack } | null {
  const last = stack.done[stack.done.length - 1];
  if (!last) return null;
  return {
    apply: { alignmentId: last.alignmentId, state: last.before },
    stack: { done: stack.done.slice(0, -1), undone: [...stack.undone, last] },
  };
}

export function redo(stack: UndoStack): { apply: { alignmentId: string; state: TagState }; stack: UndoStack } | null {
  const last = stack.undone[stack.undone.length - 1];
  if (!last) return null;
  return {
    apply: { alignmentId: last.alignmentId, state: last.after },
    stack: { done: [...stack.done, last], undone: stack.undone.slice(0, -1) },
  };
}
