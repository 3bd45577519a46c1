// The error a promise or a call fails with, checked to be of the expected class (so a test can assert
// on its code): fails the test when it succeeds or throws something else.

/** A class of error, e.g. KeyError. */
export type ErrorClass<E extends Error> = abstract new (...args: never[]) => E;

/** The `type` error `p` rejects with. */
export async function rejection<E extends Error>(type: ErrorClass<E>, p: Promise<unknown>): Promise<E> {
  try {
    await p;
  } catch (err) {
    if (err instanceof type) return err;
    throw err;
  }
  throw new Error(`expected a ${type.name}, got success`);
}

/** The `type` error `f` throws. */
export function syncRejection<E extends Error>(type: ErrorClass<E>, f: () => unknown): E {
  try {
    f();
  } catch (err) {
    if (err instanceof type) return err;
    throw err;
  }
  throw new Error(`expected a ${type.name}, got success`);
}
