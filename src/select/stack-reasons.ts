/**
 * Each candidate stack's reasons, by its index in the stack table. Stacks selected by the same
 * project paths share one list (a monorepo selects 100,000s of stacks from a few thousand
 * projects); a shared list is copied before a stack adds a reason of its own, so no stack's
 * reasons ever change another's.
 */
export class StackReasons {
  private readonly lists: (string[] | undefined)[];
  private readonly shared: Uint8Array;

  constructor(size: number) {
    this.lists = new Array<string[] | undefined>(size).fill(undefined);
    this.shared = new Uint8Array(size);
  }

  has(stack: number): boolean {
    return this.lists[stack] !== undefined;
  }

  get(stack: number): string[] | undefined {
    return this.lists[stack];
  }

  /** Adds a reason unless the stack has it already. */
  add(stack: number, reason: string): void {
    const list = this.lists[stack];
    if (!list) this.lists[stack] = [reason];
    else if (!list.includes(reason)) {
      if (this.shared[stack]) this.set(stack, [...list, reason]);
      else list.push(reason);
    }
  }

  /** Replaces the stack's reasons with a list of its own. */
  set(stack: number, list: string[]): void {
    this.lists[stack] = list;
    this.shared[stack] = 0;
  }

  /** Replaces the stack's reasons with a list other stacks hold too (never changed in place). */
  share(stack: number, list: string[]): void {
    this.lists[stack] = list;
    this.shared[stack] = 1;
  }
}
